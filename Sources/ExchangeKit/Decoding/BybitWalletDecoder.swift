import ExchangeModel
import Foundation

/// Decodes Bybit `GET /v5/account/wallet-balance` into the common model. Pure.
public enum BybitWalletDecoder {
  /// Decodes one wallet response (the first account in `result.list`). Every field is kept in
  /// `fields`; `""` and absent fields map to `nil`. Throws `ExchangeError`.
  public static func decode(_ data: Data, accountName: String, mode: AccountMode, fetchedAt: Date) throws(ExchangeError)
    -> AccountSnapshot
  {
    let envelope = try Envelope.open(data, venue: .bybit)
    let result = try envelope.resultObject(venue: .bybit)
    guard let list = result["list"]?.items else { throw ErrorClassifier.malformed(venue: .bybit, httpStatus: nil) }
    guard let account = list.first?.members else {
      return AccountSnapshot(
        venue: .bybit, accountName: accountName, mode: mode, fetchedAt: fetchedAt, exchangeTime: envelope.time,
        totals: AccountTotals(), currencies: [])
    }
    var totalsFields = account
    totalsFields["coin"] = nil
    let mmRate = account["accountMMRate"]?.amount
    let totals = AccountTotals(
      equityUSD: account["totalEquity"]?.amount,
      adjustedEquityUSD: account["totalMarginBalance"]?.amount,
      initialMarginUSD: account["totalInitialMargin"]?.amount,
      maintenanceMarginUSD: account["totalMaintenanceMargin"]?.amount,
      marginRatio: mmRate,
      marginUsage: mmRate,
      unrealizedPnLUSD: account["totalPerpUPL"]?.amount,
      fields: totalsFields)
    let coins = account["coin"]?.items ?? []
    var currencies: [CurrencyBalance] = []
    currencies.reserveCapacity(coins.count)
    for coin in coins {
      guard let fields = coin.members, let code = fields["coin"]?.scalarText else {
        throw ErrorClassifier.malformed(venue: .bybit, httpStatus: nil)
      }
      currencies.append(currency(code, fields))
    }
    return AccountSnapshot(
      venue: .bybit, accountName: accountName, mode: mode, fetchedAt: fetchedAt, exchangeTime: envelope.time,
      totals: totals, currencies: currencies)
  }

  private static func currency(_ code: String, _ fields: RawFields) -> CurrencyBalance {
    CurrencyBalance(
      currency: code,
      equity: fields["equity"]?.amount,
      equityUSD: fields["usdValue"]?.amount,
      cashBalance: fields["walletBalance"]?.amount,
      // Emptied for UNIFIED since 2025-01; older and classic wallets still fill one of these.
      available: fields["availableToWithdraw"]?.amount ?? fields["free"]?.amount,
      frozen: fields["locked"]?.amount,
      liabilities: fields["borrowAmount"]?.amount,
      interest: fields["accruedInterest"]?.amount,
      unrealizedPnL: fields["unrealisedPnl"]?.amount,
      collateralRestriction: fields["colRes"]?.integer,
      collateralEnabled: collateralEnabled(fields),
      fields: fields)
  }

  /// `collateralSwitch` only matters when the platform allows the coin as collateral at all.
  private static func collateralEnabled(_ fields: RawFields) -> Bool? {
    let platform = fields["marginCollateral"]?.boolean
    let user = fields["collateralSwitch"]?.boolean
    switch (platform, user) {
    case (false, _): return false
    case (true, let user?): return user
    default: return nil
    }
  }
}

extension BybitWalletDecoder {
  /// The account mode a wallet `accountType` stands for (`UNIFIED`, `CONTRACT`, `SPOT`).
  public static func mode(accountType: String) -> AccountMode {
    switch accountType.uppercased() {
    case "UNIFIED": return .unified
    case "CONTRACT": return .contract
    case "SPOT": return .spot
    default: return .unknown
    }
  }
}
