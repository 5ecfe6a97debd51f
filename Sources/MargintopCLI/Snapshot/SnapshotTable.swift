import ExchangeModel

/// The human-readable snapshot: per account a header, its totals and its currencies, with
/// amounts exactly as the venue sent them and `—` where a figure does not apply.
enum SnapshotTable {
  static let notApplicable = "—"

  /// The whole report for `outcomes`.
  static func text(_ outcomes: [SnapshotOutcome]) -> String {
    outcomes.map(section).joined(separator: "\n") 
  }

  static func section(_ outcome: SnapshotOutcome) -> String {
    let title = TerminalText.escaped("\(outcome.accountName)  \(outcome.venue.displayName)")
    switch outcome.result {
    case .failure(let error):
      return "\(title)  ERROR \(error.kind.rawValue): \(TerminalText.escaped(error.message))  (at \(Timestamp.text(outcome.finishedAt)))\n"
    case .success(let snapshot):
      var lines = ["\(title)  \(snapshot.mode.displayName)  fetched \(Timestamp.text(snapshot.fetchedAt))"]
      let t = snapshot.totals
      var totals = TextTable(
        headers: ["EQUITY USD", "ADJ EQUITY USD", "IMR USD", "MMR USD", "MARGIN RATIO", "MARGIN USAGE", "UPNL USD"],
        alignments: Array(repeating: .right, count: 7))
      totals.rows = [
        [t.equityUSD, t.adjustedEquityUSD, t.initialMarginUSD, t.maintenanceMarginUSD, t.marginRatio, t.marginUsage, t.unrealizedPnLUSD]
          .map(cell)
      ]
      lines += totals.lines(indent: "  ")
      var currencies = TextTable(
        headers: ["CCY", "EQUITY", "EQUITY USD", "CASH", "AVAILABLE", "FROZEN", "LIABILITIES", "INTEREST", "UPNL"],
        alignments: [.left] + Array(repeating: .right, count: 8))
      currencies.rows = snapshot.currencies.map { c in
        [c.currency]
          + [c.equity, c.equityUSD, c.cashBalance, c.available, c.frozen, c.liabilities, c.interest, c.unrealizedPnL].map(cell)
      }
      if snapshot.currencies.isEmpty {
        lines.append("  (no currencies)")
      } else {
        lines.append("")
        lines += currencies.lines(indent: "  ")
      }
      return lines.joined(separator: "\n") + "\n"
    }
  }

  static func cell(_ amount: Amount?) -> String { amount?.text ?? notApplicable }
}
