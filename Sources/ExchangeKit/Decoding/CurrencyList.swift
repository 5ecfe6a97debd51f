import ExchangeModel

/// Reads a venue's list of currency objects (OKX `details`, Bybit `coin`) into balances.
enum CurrencyList {
  /// One balance per entry, read by `read` with a `FieldReader` prefixed by the code; a code
  /// listed twice is a problem (the first entry is kept), never a silent pick or sum. Throws
  /// `.decode` for an entry that is not an object with a code under `codeField`.
  static func read(
    _ items: [RawField], codeField: String, venue: Venue,
    _ read: (String, inout FieldReader) -> CurrencyBalance
  ) throws(ExchangeError) -> (currencies: [CurrencyBalance], problems: [DecodingProblem]) {
    var currencies: [CurrencyBalance] = []
    currencies.reserveCapacity(items.count)
    var problems: [DecodingProblem] = []
    var seen = Set<String>()
    for item in items {
      guard let fields = item.members, let code = fields[codeField]?.scalarText else {
        throw ErrorClassifier.malformed(venue: venue, httpStatus: nil)
      }
      guard seen.insert(code).inserted else {
        problems.append(DecodingProblem(field: code, text: code, message: DecodingProblem.duplicateCurrency))
        continue
      }
      var reader = FieldReader(fields, prefix: code + ".")
      currencies.append(read(code, &reader))
      problems += reader.problems
    }
    return (currencies, problems)
  }
}
