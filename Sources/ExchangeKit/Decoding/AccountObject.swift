import ExchangeModel

/// Reads a venue's account object (OKX `data[0]`, Bybit `result.list[0]`): its totals and the
/// list of currencies under `listKey`, with the problems of both.
enum AccountObject {
  /// The totals read by `totals` from a reader over the whole object (the fields they keep leave
  /// the currency list out), and the currencies of `listKey` read by `currency`.
  static func read(
    _ account: RawFields, listKey: String, codeField: String, venue: Venue,
    totals: (inout FieldReader, RawFields) -> AccountTotals,
    currency: (String, inout FieldReader) -> CurrencyBalance
  ) throws(ExchangeError) -> (totals: AccountTotals, currencies: [CurrencyBalance], problems: [DecodingProblem]) {
    var totalsFields = account
    totalsFields[listKey] = nil
    var reader = FieldReader(account)
    let read = totals(&reader, totalsFields)
    let list = try CurrencyList.read(account[listKey]?.items ?? [], codeField: codeField, venue: venue, currency)
    return (read, list.currencies, reader.problems + list.problems)
  }
}
