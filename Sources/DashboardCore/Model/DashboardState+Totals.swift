import ExchangeModel
import Foundation

/// The account figures of the selected tab, and which accounts a sum is missing.
public struct TabTotals: Sendable, Hashable {
  /// One account's own totals, or on "All" the exact sums over the accounts that report each
  /// figure. The venue margin ratio is `nil` on "All": the venues' ratios run in opposite
  /// directions and do not add.
  public var totals: AccountTotals
  /// For each summed figure, the accounts of the tab that report nothing for it (no data, or a
  /// venue or mode without the figure). A figure with accounts here is a partial sum, never a
  /// plain total.
  public var missing: [Metric: [Int]]
  /// The venues of the tab's accounts.
  public var venues: Set<Venue>

  /// Whether the figure is a sum some accounts contribute nothing to.
  public func isPartial(_ metric: Metric) -> Bool {
    !(missing[metric] ?? []).isEmpty
  }
}

extension DashboardState {
  /// The figures of the selected tab; `nil` while no account of it has data.
  ///
  /// OKX `adjEq` (discounted equity) and Bybit `totalMarginBalance` (no haircut) are different
  /// quantities: each is summed over its own venue's accounts only and labelled as what it is.
  public var tabTotals: TabTotals? {
    let indices = tabAccounts
    let snapshots = indices.map { statuses.indices.contains($0) ? statuses[$0].snapshot : nil }
    guard let first = snapshots.compactMap({ $0 }).first else { return nil }
    let venues = Set(indices.map { accounts[$0].venue })
    guard selectedAccount == nil else { return TabTotals(totals: first.totals, missing: [:], venues: venues) }
    var missing: [Metric: [Int]] = [:]
    func sum(_ metric: Metric, venue: Venue? = nil, _ value: (AccountTotals) -> Amount?) -> Amount? {
      var parts: [Amount?] = []
      for (position, index) in indices.enumerated() where venue == nil || accounts[index].venue == venue {
        let amount = snapshots[position].flatMap { value($0.totals) }
        if amount == nil { missing[metric, default: []].append(index) }
        parts.append(amount)
      }
      return AmountSum.sum(parts)
    }
    let totals = AccountTotals(
      equityUSD: sum(.totalEquityUSD) { $0.equityUSD },
      adjustedEquityUSD: venues.contains(.okx) ? sum(.adjustedEquityUSD, venue: .okx) { $0.adjustedEquityUSD } : nil,
      initialMarginUSD: sum(.initialMarginUSD) { $0.initialMarginUSD },
      maintenanceMarginUSD: sum(.maintenanceMarginUSD) { $0.maintenanceMarginUSD },
      marginRatio: nil,
      unrealizedPnLUSD: sum(.totalUnrealizedPnLUSD) { $0.unrealizedPnLUSD },
      marginBalanceUSD: venues.contains(.bybit) ? sum(.marginBalanceUSD, venue: .bybit) { $0.marginBalanceUSD } : nil)
    // A figure no account reports is "—", not a partial sum.
    for metric in missing.keys where isNil(totals, metric) {
      missing[metric] = nil
    }
    return TabTotals(totals: totals, missing: missing, venues: venues)
  }

  private func isNil(_ totals: AccountTotals, _ metric: Metric) -> Bool {
    switch metric {
    case .totalEquityUSD: return totals.equityUSD == nil
    case .adjustedEquityUSD: return totals.adjustedEquityUSD == nil
    case .initialMarginUSD: return totals.initialMarginUSD == nil
    case .maintenanceMarginUSD: return totals.maintenanceMarginUSD == nil
    case .totalUnrealizedPnLUSD: return totals.unrealizedPnLUSD == nil
    case .marginBalanceUSD: return totals.marginBalanceUSD == nil
    default: return true
    }
  }
}
