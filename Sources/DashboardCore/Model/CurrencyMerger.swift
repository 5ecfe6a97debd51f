import ExchangeModel
import Foundation

/// Merges the currencies of several accounts by currency code for the "All" tab.
enum CurrencyMerger {
  /// One balance per currency code, in first-seen order. Amounts are exact sums; risk scales take
  /// the worst account; a per-currency margin ratio only survives when one account holds the
  /// currency (ratios do not add). Raw fields are left out: `fields(_:)` builds them for the one
  /// currency the detail view shows (merging them for every row on every frame cost more than the
  /// rest of the "All" tab together).
  static func merge(_ parts: [(accountName: String, balance: CurrencyBalance)]) -> [String: CurrencyBalance] {
    var grouped: [String: [(accountName: String, balance: CurrencyBalance)]] = [:]
    for part in parts { grouped[part.balance.currency, default: []].append(part) }
    return grouped.mapValues(merged)
  }

  private static func merged(_ parts: [(accountName: String, balance: CurrencyBalance)]) -> CurrencyBalance {
    // Most currencies are held by one account: nothing to add up.
    if parts.count == 1 {
      var only = parts[0].balance
      only.fields = [:]
      return only
    }
    let balances = parts.map(\.balance)
    let enabled = balances.compactMap(\.collateralEnabled)
    return CurrencyBalance(
      currency: balances.first?.currency ?? "",
      equity: AmountSum.sum(balances.map(\.equity)),
      equityUSD: AmountSum.sum(balances.map(\.equityUSD)),
      cashBalance: AmountSum.sum(balances.map(\.cashBalance)),
      available: AmountSum.sum(balances.map(\.available)),
      frozen: AmountSum.sum(balances.map(\.frozen)),
      liabilities: AmountSum.sum(balances.map(\.liabilities)),
      interest: AmountSum.sum(balances.map(\.interest)),
      unrealizedPnL: AmountSum.sum(balances.map(\.unrealizedPnL)),
      marginRatio: balances.count == 1 ? balances[0].marginRatio : nil,
      autoConversionRisk: balances.compactMap(\.autoConversionRisk).max(),
      forcedRepaymentRisk: balances.compactMap(\.forcedRepaymentRisk).max(),
      forcedRepaymentType: balances.compactMap(\.forcedRepaymentType).max(),
      collateralRestriction: balances.compactMap(\.collateralRestriction).max(),
      collateralEnabled: enabled.isEmpty ? nil : enabled.contains(true),
      updatedAt: balances.compactMap(\.updatedAt).max())
  }

  /// The raw fields of one currency over several accounts, each key prefixed with the account's
  /// name (`okx-main.eq`), exactly as each venue sent them.
  static func fields(_ parts: [(accountName: String, balance: CurrencyBalance)]) -> RawFields {
    var fields: RawFields = [:]
    for part in parts {
      for (key, value) in part.balance.fields { fields[part.accountName + "." + key] = value }
    }
    return fields
  }
}
