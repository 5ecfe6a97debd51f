import ExchangeModel
import Foundation

/// Decodes OKX `GET /api/v5/account/balance` into the common model. Pure.
public enum OKXBalanceDecoder {
  /// Decodes one balance response. Every field is kept in `fields`; `""` and absent fields map to
  /// `nil`; a field that should be a number and is not is listed in `problems`.
  /// Throws `ExchangeError` (`.decode` for a malformed document, the classified kind for an error code).
  public static func decode(_ data: Data, accountName: String, mode: AccountMode, fetchedAt: Date) throws(ExchangeError)
    -> AccountSnapshot
  {
    let envelope = try Envelope.open(data, venue: .okx)
    guard let items = envelope.payload.items else { throw ErrorClassifier.malformed(venue: .okx, httpStatus: nil) }
    guard let account = items.first?.members else {
      return AccountSnapshot(
        venue: .okx, accountName: accountName, mode: mode, fetchedAt: fetchedAt, totals: AccountTotals(), currencies: [])
    }
    let read = try AccountObject.read(
      account, listKey: "details", codeField: "ccy", venue: .okx, totals: totals, currency: currency)
    return AccountSnapshot(
      venue: .okx, accountName: accountName, mode: mode, fetchedAt: fetchedAt,
      exchangeTime: account["uTime"]?.epochMilliseconds, totals: read.totals, currencies: read.currencies,
      problems: read.problems)
  }

  private static func totals(_ reader: inout FieldReader, fields: RawFields) -> AccountTotals {
    AccountTotals(
      equityUSD: reader.amount("totalEq"), adjustedEquityUSD: reader.amount("adjEq"), initialMarginUSD: reader.amount("imr"),
      maintenanceMarginUSD: reader.amount("mmr"), marginRatio: reader.amount("mgnRatio"),
      unrealizedPnLUSD: reader.amount("upl"), fields: fields, isolatedEquityUSD: reader.amount("isoEq"))
  }

  private static func currency(_ code: String, _ reader: inout FieldReader) -> CurrencyBalance {
    // `availEq` where it applies; `availBal` only where `availEq` is not sent at all, never in
    // place of an `availEq` that could not be read.
    let available = reader.isPresent("availEq") ? reader.amount("availEq") : reader.amount("availBal")
    return CurrencyBalance(
      currency: code,
      equity: reader.amount("eq"),
      equityUSD: reader.amount("eqUsd"),
      cashBalance: reader.amount("cashBal"),
      available: available,
      frozen: reader.amount("frozenBal"),
      liabilities: reader.amount("liab"),
      interest: reader.amount("interest"),
      unrealizedPnL: reader.amount("upl"),
      marginRatio: reader.amount("mgnRatio"),
      autoConversionRisk: reader.level("colBorrAutoConversion", in: 0...5),
      forcedRepaymentRisk: reader.level("twap", in: 0...5),
      forcedRepaymentType: reader.level("frpType", in: 0...2),
      collateralRestriction: reader.level("colRes", in: 0...2),
      collateralEnabled: reader.boolean("collateralEnabled"),
      updatedAt: reader.fields["uTime"]?.epochMilliseconds,
      fields: reader.fields,
      maintenanceMargin: reader.amount("mmr"),
      isolatedEquity: reader.amount("isoEq"))
  }
}
