import ExchangeModel
import Foundation

/// Finds the figures that differ between two snapshots of one account, for the highlight.
enum ChangeDetector {
  /// Keys of every shown figure whose value differs; nothing on the first snapshot, which has no
  /// previous value to differ from. Amounts compare by value, so `"1.0"` -> `"1.00"` is no change.
  static func changes(from old: AccountSnapshot?, to new: AccountSnapshot) -> [ChangeKey] {
    guard let old else { return [] }
    var keys: [ChangeKey] = []
    let totalPairs: [(Metric, Amount?, Amount?)] = [
      (.totalEquityUSD, old.totals.equityUSD, new.totals.equityUSD),
      (.adjustedEquityUSD, old.totals.adjustedEquityUSD, new.totals.adjustedEquityUSD),
      (.initialMarginUSD, old.totals.initialMarginUSD, new.totals.initialMarginUSD),
      (.maintenanceMarginUSD, old.totals.maintenanceMarginUSD, new.totals.maintenanceMarginUSD),
      (.accountMarginRatio, old.totals.marginRatio, new.totals.marginRatio),
      (.marginUsage, old.risk.marginUsage, new.risk.marginUsage),
      (.marginBalanceUSD, old.totals.marginBalanceUSD, new.totals.marginBalanceUSD),
      (.totalUnrealizedPnLUSD, old.totals.unrealizedPnLUSD, new.totals.unrealizedPnLUSD),
    ]
    for (metric, a, b) in totalPairs where !sameValue(a, b) {
      keys.append(ChangeKey(currency: nil, metric: metric))
    }
    let before = Dictionary(old.currencies.map { ($0.currency, $0) }, uniquingKeysWith: { first, _ in first })
    for balance in new.currencies {
      guard let previous = before[balance.currency] else { continue }
      for metric in differing(previous, balance) {
        keys.append(ChangeKey(currency: balance.currency, metric: metric))
      }
    }
    return keys
  }

  /// Both absent, or equal in value; the same text (most figures between two refreshes) is
  /// the same value without comparing decimals.
  private static func sameValue(_ a: Amount?, _ b: Amount?) -> Bool {
    guard let a, let b else { return a == nil && b == nil }
    return a.text == b.text || a.value == b.value
  }

  private static func differing(_ a: CurrencyBalance, _ b: CurrencyBalance) -> [Metric] {
    let amounts: [(Metric, Amount?, Amount?)] = [
      (.equity, a.equity, b.equity), (.equityUSD, a.equityUSD, b.equityUSD),
      (.available, a.available, b.available), (.frozen, a.frozen, b.frozen),
      (.liabilities, a.liabilities, b.liabilities), (.interest, a.interest, b.interest),
      (.unrealizedPnL, a.unrealizedPnL, b.unrealizedPnL), (.marginRatio, a.marginRatio, b.marginRatio),
    ]
    var metrics = amounts.filter { !sameValue($0.1, $0.2) }.map(\.0)
    if a.autoConversionRisk != b.autoConversionRisk { metrics.append(.autoConversionRisk) }
    if a.forcedRepaymentRisk != b.forcedRepaymentRisk { metrics.append(.forcedRepaymentRisk) }
    if a.collateralEnabled != b.collateralEnabled || a.collateralRestriction != b.collateralRestriction {
      metrics.append(.collateral)
    }
    return metrics
  }
}
