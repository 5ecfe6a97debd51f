import ExchangeModel
import Foundation

/// Decodes Bybit `GET /v5/account/wallet-balance` into the common model. Pure.
public enum BybitWalletDecoder {
  /// Decodes one wallet response (the first account in `result.list`). Every field is kept in
  /// `fields`; `""` and absent fields map to `nil`; a field that should be a number and is not
  /// is listed in `problems`. Throws `ExchangeError`.
  public static func decode(
    _ data: Data, accountName: String, mode: AccountMode, fetchedAt: Date, marginInfo: MarginInfo = MarginInfo()
  ) throws(ExchangeError) -> AccountSnapshot {
    let envelope = try Envelope.open(data, venue: .bybit)
    let result = try envelope.resultObject(venue: .bybit)
    guard let list = result["list"]?.items else { throw ErrorClassifier.malformed(venue: .bybit, httpStatus: nil) }
    guard let account = list.first?.members else {
      return AccountSnapshot(
        venue: .bybit, accountName: accountName, mode: mode, fetchedAt: fetchedAt, exchangeTime: envelope.time,
        totals: AccountTotals(), currencies: [], marginInfo: marginInfo)
    }
    let read = try AccountObject.read(
      account, listKey: "coin", codeField: "coin", venue: .bybit, totals: totals, currency: currency)
    return AccountSnapshot(
      venue: .bybit, accountName: accountName, mode: mode, fetchedAt: fetchedAt, exchangeTime: envelope.time,
      totals: read.totals, currencies: read.currencies, problems: read.problems, marginInfo: marginInfo)
  }

  private static func totals(_ reader: inout FieldReader, fields: RawFields) -> AccountTotals {
    AccountTotals(
      equityUSD: reader.amount("totalEquity"), initialMarginUSD: reader.amount("totalInitialMargin"),
      maintenanceMarginUSD: reader.amount("totalMaintenanceMargin"), marginRatio: reader.amount("accountMMRate"),
      unrealizedPnLUSD: reader.amount("totalPerpUPL"), fields: fields,
      marginBalanceUSD: reader.amount("totalMarginBalance"))
  }

  private static func currency(_ code: String, _ reader: inout FieldReader) -> CurrencyBalance {
    // Emptied for UNIFIED since 2025-01; older and classic wallets still fill one of these.
    let available =
      reader.isPresent("availableToWithdraw") ? reader.amount("availableToWithdraw") : reader.amount("free")
    return CurrencyBalance(
      currency: code,
      equity: reader.amount("equity"),
      equityUSD: reader.amount("usdValue"),
      cashBalance: cashBalance(&reader),
      available: available,
      frozen: reader.amount("locked"),
      liabilities: reader.amount("borrowAmount"),
      interest: reader.amount("accruedInterest"),
      unrealizedPnL: reader.amount("unrealisedPnl"),
      collateralRestriction: reader.level("colRes", in: -1...2),
      collateralEnabled: collateralEnabled(reader),
      fields: reader.fields,
      maintenanceMargin: reader.amount("totalPositionMM"))
  }

  /// "Old `walletBalance` = New `walletBalance` - `spotBorrow`": the wallet balance now includes
  /// borrowed coins, so the cash a user holds is the difference where both are sent (older
  /// payloads without `spotBorrow` carry the old meaning already).
  private static func cashBalance(_ reader: inout FieldReader) -> Amount? {
    let wallet = reader.amount("walletBalance")
    guard reader.isPresent("spotBorrow") else { return wallet }
    guard let borrowed = reader.amount("spotBorrow") else { return nil }
    guard let wallet else { return nil }
    if borrowed.isZero { return wallet }
    // A difference beyond 38 digits is no figure rather than a wrong one.
    return wallet.value.subtracting(borrowed.value).map { Amount(computed: $0) }
  }

  /// `collateralSwitch` only matters when the platform allows the coin as collateral at all.
  private static func collateralEnabled(_ reader: FieldReader) -> Bool? {
    let platform = reader.boolean("marginCollateral")
    let user = reader.boolean("collateralSwitch")
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
