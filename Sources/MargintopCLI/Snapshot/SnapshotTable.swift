import ExchangeModel
import Foundation

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
        + "  risk UNKNOWN (not read)\n"
    case .success(let snapshot):
      var lines = ["\(title)  \(snapshot.mode.displayName)  fetched \(Timestamp.text(snapshot.fetchedAt))"]
      let t = snapshot.totals
      let risk = snapshot.risk
      var totals = TextTable(
        headers: ["RISK", "MARGIN USAGE", "EQUITY USD", "ADJ EQUITY USD", "MARGIN BAL USD", "IMR USD", "MMR USD", "MARGIN RATIO", "UPNL USD"],
        alignments: [.left] + Array(repeating: .right, count: 8))
      totals.rows = [
        [risk.level.label, usage(risk)]
          + [t.equityUSD, t.adjustedEquityUSD, t.marginBalanceUSD, t.initialMarginUSD, t.maintenanceMarginUSD, t.marginRatio, t.unrealizedPnLUSD]
          .map(cell)
      ]
      lines += totals.lines(indent: "  ")
      // Reasons and problems carry currency codes and field text from the venue.
      lines += risk.reasons.map { "  - " + TerminalText.escaped($0) }
      lines += snapshot.problems.map { "  ! unreadable " + TerminalText.escaped($0.summary) }
      var currencies = TextTable(
        headers: [
          "CCY", "RISK", "CONV", "REPAY", "EQUITY", "EQUITY USD", "CASH", "AVAILABLE", "FROZEN", "LIABILITIES", "INTEREST", "UPNL",
        ],
        alignments: [.left, .left, .right, .right] + Array(repeating: .right, count: 8))
      currencies.rows = snapshot.currencies.enumerated().map { index, c in
        let level = risk.currencies.indices.contains(index) ? risk.currencies[index].level.label : RiskLevel.unknown.label
        return [c.currency, level, scale(c.autoConversionRisk), scale(c.forcedRepaymentRisk)]
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

  /// A 0–5 venue risk scale as `3/5`, the dash where the venue does not report it.
  static func scale(_ value: Int?) -> String { value.map { "\($0)/5" } ?? notApplicable }

  /// Margin usage in percent with two decimals (`15.65%`), `>= 100%` past liquidation with no
  /// meaningful figure, the dash when there is none.
  static func usage(_ risk: RiskAssessment) -> String {
    guard let usage = risk.marginUsage?.value else { return risk.pastLiquidation ? ">= 100%" : notApplicable }
    return Amount(usage.timesPowerOfTen(2), fractionDigits: 2).text + "%"
  }
}
