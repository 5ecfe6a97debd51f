import ExchangeModel
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

  /// A JSON array of row objects, one a line, keyed by the CSV's column names in their order; a
  /// figure that is not applicable is left out.
  public static func json(_ rows: [HistoryRow]) -> String {
    guard !rows.isEmpty else { return "[]\n" }
    let objects = rows.map { row in
      let members = zip(csvColumns, fields(row)).compactMap { column, field -> (String, JSONValue)? in
        switch (column, field) {
        case (_, nil): return nil
        case ("samples", let text?): return (column, .number(text))
        case ("past_liquidation", let text?): return (column, .bool(text == "true"))
        case (_, let text?): return (column, .string(text))
        }
      }
      return "  " + JSONValue.object(members).text(.spaced)
    }
    return "[\n" + objects.joined(separator: ",\n") + "\n]\n"
  }

  /// Reads what `json` wrote; throws on a document or row it did not write.
  public static func parseJSON(_ text: String) throws -> [HistoryRow] {
    let document: RawField
    do {
      document = try JSONParser.parse(Data(text.utf8))
    } catch {
      throw HistoryError("history JSON: \(error.reason) at byte \(error.offset)")
    }
    guard case .array(let items) = document else { throw HistoryError("history JSON: not an array of rows") }
    return try items.enumerated().map { index, item in
      guard case .object(let members) = item else { throw HistoryError("history JSON: row \(index + 1) is not an object") }
      let fields = try csvColumns.map { column -> String? in
        switch (column, members[column]) {
        case (_, nil): return nil
        case ("samples", .number(let text)?): return text
        case ("past_liquidation", .bool(let flag)?): return flag ? "true" : "false"
        case ("samples", _), ("past_liquidation", _): break
        case (_, .string(let text)?): return text
        default: break
        }
        throw HistoryError("history JSON: row \(index + 1) has an unreadable \(column)")
      }
      return try row(fields, record: index + 1)
    }
  }

  /// RFC 4180 CSV with a header line; a figure that is not applicable is an empty field (a
  /// venue's decimal is never empty text, so the two cannot be confused).
  public static func csv(_ rows: [HistoryRow]) -> String {
    var out = csvColumns.joined(separator: ",") + "\r\n"
    for row in rows {
      out += fields(row).map { quote($0 ?? "") }.joined(separator: ",") + "\r\n"
    }
    return out
  }

  /// `row`'s fields in the order of `csvColumns`; `nil` for a figure that is not applicable.
  static func fields(_ row: HistoryRow) -> [String?] {
    [
      row.time, row.account, row.venue, row.resolution.rawValue, String(row.samples), row.level, row.worstLevel,
      row.pastLiquidation ? "true" : "false", row.marginUsage, row.marginUsageMin, row.marginUsageMax, row.equityUSD,
      row.equityUSDMin, row.equityUSDMax, row.adjustedEquityUSD, row.adjustedEquityUSDMin, row.adjustedEquityUSDMax,
    ]
  }

  /// The row of `fields` (in the order of `csvColumns`, `nil` where not applicable); throws on
  /// a resolution, count or flag that `fields(_:)` would not have written.
  static func row(_ fields: [String?], record: Int) throws -> HistoryRow {
    guard fields.count == csvColumns.count, let time = fields[0], let account = fields[1], let venue = fields[2],
      let resolution = fields[3].flatMap(HistoryRow.Resolution.init(rawValue:)), let samples = fields[4].flatMap({ Int($0) }),
      let level = fields[5], let worstLevel = fields[6], let past = fields[7].flatMap({ ["true": true, "false": false][$0] })
    else { throw HistoryError("history export: record \(record) has a missing or unreadable column") }
    return HistoryRow(
      account: account, venue: venue, time: time, resolution: resolution, samples: samples, level: level,
      worstLevel: worstLevel, pastLiquidation: past, marginUsage: fields[8], marginUsageMin: fields[9],
      marginUsageMax: fields[10], equityUSD: fields[11], equityUSDMin: fields[12], equityUSDMax: fields[13],
      adjustedEquityUSD: fields[14], adjustedEquityUSDMin: fields[15], adjustedEquityUSDMax: fields[16])
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
      return try row(fields.map { $0.isEmpty ? nil : $0 }, record: index + 1)
    }
  }

  private static func quote(_ field: String) -> String {
    // A leading = + - @ is left as is: the figures are data, and a sign is part of a decimal.
    guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }) else { return field }
    return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
