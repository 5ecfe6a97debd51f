import ExchangeModel
import Foundation

/// Decodes OKX `GET /api/v5/account/balance` into the common model. Pure.
public enum OKXBalanceDecoder {
  /// Decodes one balance response. Every field is kept in `fields`; `""` and absent fields map to `nil`.
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
    var totalsFields = account
    totalsFields["details"] = nil
    let mgnRatio = account["mgnRatio"]?.amount
    let totals = AccountTotals(
      equityUSD: account["totalEq"]?.amount,
      adjustedEquityUSD: account["adjEq"]?.amount,
      initialMarginUSD: account["imr"]?.amount,
      maintenanceMarginUSD: account["mmr"]?.amount,
      marginRatio: mgnRatio,
      marginUsage: mgnRatio.flatMap(MarginUsage.reciprocal(of:)),
      unrealizedPnLUSD: account["upl"]?.amount,
      fields: totalsFields)
    let details = account["details"]?.items ?? []
    var currencies: [CurrencyBalance] = []
    currencies.reserveCapacity(details.count)
    for detail in details {
      guard let fields = detail.members, let code = fields["ccy"]?.scalarText else {
        throw ErrorClassifier.malformed(venue: .okx, httpStatus: nil)
      }
      currencies.append(currency(code, fields))
    }
    return AccountSnapshot(
      venue: .okx, accountName: accountName, mode: mode, fetchedAt: fetchedAt,
      exchangeTime: account["uTime"]?.epochMilliseconds, totals: totals, currencies: currencies)
  }

  private static func currency(_ code: String, _ fields: RawFields) -> CurrencyBalance {
    CurrencyBalance(
      currency: code,
      equity: fields["eq"]?.amount,
      equityUSD: fields["eqUsd"]?.amount,
      cashBalance: fields["cashBal"]?.amount,
      available: fields["availEq"]?.amount ?? fields["availBal"]?.amount,
      frozen: fields["frozenBal"]?.amount,
      liabilities: fields["liab"]?.amount,
      interest: fields["interest"]?.amount,
      unrealizedPnL: fields["upl"]?.amount,
      marginRatio: fields["mgnRatio"]?.amount,
      autoConversionRisk: fields["colBorrAutoConversion"]?.integer,
      forcedRepaymentRisk: fields["twap"]?.integer,
      forcedRepaymentType: fields["frpType"]?.integer,
      collateralRestriction: fields["colRes"]?.integer,
      collateralEnabled: fields["collateralEnabled"]?.boolean,
      updatedAt: fields["uTime"]?.epochMilliseconds,
      fields: fields)
  }
}
