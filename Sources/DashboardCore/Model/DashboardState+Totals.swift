import ExchangeModel
import Foundation

extension DashboardState {
  /// Account totals of the selected tab: one account's own, or on "All" the exact sums of the USD
  /// figures over the accounts with data. On "All" the venue margin ratio is `nil` (the venues'
  /// ratios run in opposite directions and do not add) and margin usage is the worst account's.
  public var tabTotals: AccountTotals? {
    let snapshots = tabAccounts.compactMap { statuses.indices.contains($0) ? statuses[$0].snapshot : nil }
    guard let first = snapshots.first else { return nil }
    guard selectedAccount == nil else { return first.totals }
    let totals = snapshots.map(\.totals)
    return AccountTotals(
      equityUSD: AmountSum.sum(totals.map(\.equityUSD)),
      adjustedEquityUSD: AmountSum.sum(totals.map(\.adjustedEquityUSD)),
      initialMarginUSD: AmountSum.sum(totals.map(\.initialMarginUSD)),
      maintenanceMarginUSD: AmountSum.sum(totals.map(\.maintenanceMarginUSD)),
      marginRatio: nil,
      marginUsage: totals.compactMap(\.marginUsage).max(),
      unrealizedPnLUSD: AmountSum.sum(totals.map(\.unrealizedPnLUSD)))
  }
}
