/// The figures of the last row written for one currency of one account, and its hour: a
/// refresh writes a currency row only when one of them changed or a new hour began.
struct WrittenCurrency: Hashable, Sendable {
  var hour: Int64
  var equity: String?
  var liabilities: String?
  var autoConversionRisk: Int?
  var forcedRepaymentRisk: Int?

  /// Whether a row with these figures in `hour` would add nothing to the last one written:
  /// same figures, same hour. The fold carries a currency's last figures into a minute that
  /// has no row of it at its first refresh; the hourly row bounds how far back that reaches.
  func covers(_ next: WrittenCurrency) -> Bool {
    self == next
  }
}
