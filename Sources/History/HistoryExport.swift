import Foundation

/// Writes exported rows as JSON or CSV, and reads them back (which the tests do to prove no
/// figure changes on the way: decimals stay the exact text stored).
public enum HistoryExport {
  /// The CSV columns, in order; also the header line.
  public static let csvColumns = [
    "time", "account", "venue", "resolution", "samples", "level", "worst_level", "past_liquidation",
    "margin_usage", "margin_usage_min", "margin_usage_max", "equity_usd", "equity_usd_min", "equity_usd_max",
    "adjusted_equity_usd", "adjusted_equity_usd_min", "adjusted_equity_usd_max",
  ]

  /// A JSON array of row objects; a figure that is not applicable is left out.
  public static func json(_ rows: [HistoryRow]) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(rows), as: UTF8.self) + "\n"
  }

  public static func parseJSON(_ text: String) throws -> [HistoryRow] {
    try JSONDecoder().decode([HistoryRow].self, from: Data(text.utf8))
  }

  /// RFC 4180 CSV with a header line; a figure that is not applicable is an empty field (a
  /// venue's decimal is never empty text, so the two cannot be confused).
  public static func csv(_ rows: [HistoryRow]) -> String {
    var out = csvColumns.joined(separator: ",") + "\r\n"
    for row in rows {
      let fields: [String?] = [
        row.time, row.account, row.venue, row.resolution.rawValue, String(row.samples), row.level, row.worstLevel,
        row.pastLiquidation ? "true" : "false", row.marginUsage, row.marginUsageMin, row.marginUsageMax, row.equityUSD,
        row.equityUSDMin, row.equityUSDMax, row.adjustedEquityUSD, row.adjustedEquityUSDMin, row.adjustedEquityUSDMax,
      ]
      out += fields.map { quote($0 ?? "") }.joined(separator: ",") + "\r\n"
    }
    return out
  }

  /// Reads what `csv` wrote; throws on a header or field it did not write.
  public static func parseCSV(_ text: String) throws -> [HistoryRow] {
    let records = try CSVReader.records(text)
    guard let header = records.first, header == csvColumns else {
      throw HistoryError("history CSV: the header is not \(csvColumns.joined(separator: ","))")
    }
    return try records.dropFirst().enumerated().map { index, fields in
      guard fields.count == csvColumns.count else {
        throw HistoryError("history CSV: record \(index + 1) has \(fields.count) fields, not \(csvColumns.count)")
      }
      func optional(_ i: Int) -> String? { fields[i].isEmpty ? nil : fields[i] }
      guard let resolution = HistoryRow.Resolution(rawValue: fields[3]), let samples = Int(fields[4]),
        let past = ["true": true, "false": false][fields[7]]
      else { throw HistoryError("history CSV: record \(index + 1) has an unreadable resolution, samples or flag") }
      return HistoryRow(
        account: fields[1], venue: fields[2], time: fields[0], resolution: resolution, samples: samples,
        level: fields[5], worstLevel: fields[6], pastLiquidation: past, marginUsage: optional(8),
        marginUsageMin: optional(9), marginUsageMax: optional(10), equityUSD: optional(11), equityUSDMin: optional(12),
        equityUSDMax: optional(13), adjustedEquityUSD: optional(14), adjustedEquityUSDMin: optional(15),
        adjustedEquityUSDMax: optional(16))
    }
  }

  private static func quote(_ field: String) -> String {
    // A leading = + - @ is left as is: the figures are data, and a sign is part of a decimal.
    guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }) else { return field }
    return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
