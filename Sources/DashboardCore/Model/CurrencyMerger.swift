import ExchangeModel
import Foundation

/// Merges the currencies of several accounts by currency code for the "All" tab.
enum CurrencyMerger {
  /// One balance per currency code, in first-seen order. Amounts are exact sums; risk scales take
  /// the worst account; a per-currency margin ratio only survives when one account holds the
  /// currency (ratios do not add). Raw fields are kept with the account name in front of each key.
  static func merge(_ parts: [(accountName: String, balance: CurrencyBalance)]) -> [String: CurrencyBalance] {
    var grouped: [String: [(accountName: String, balance: CurrencyBalance)]] = [:]
    for part in parts { grouped[part.balance.currency, default: []].append(part) }
    return grouped.mapValues(merged)
  }

  private static func merged(_ parts: [(accountName: String, balance: CurrencyBalance)]) -> CurrencyBalance {
    let balances = parts.map(\.balance)
    var fields: RawFields = [:]
    for part in parts {
      for (key, value) in part.balance.fields { fields[part.accountName + "." + key] = value }
    }
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
      updatedAt: balances.compactMap(\.updatedAt).max(),
      fields: fields)
  }
}
