/// The figures of the last row written for one currency of one account, and its minute: a
/// refresh writes a currency row only when one of them changed or a new minute began.
struct WrittenCurrency: Hashable, Sendable {
  var minute: Int64
  var equity: String?
  var liabilities: String?
  var autoConversionRisk: Int?
  var forcedRepaymentRisk: Int?

  /// Whether a row with these figures at `minute` would add nothing to the last one written:
  /// same figures, same minute. The first refresh of each minute writes every currency, so a
  /// minute's rows alone give its min, max and last (no reader looks back past the minute).
  func covers(_ next: WrittenCurrency) -> Bool {
    self == next
  }
}
