import ExchangeModel

/// Orders decimal TEXT exactly: SQLite's MIN and MAX on TEXT compare letters, so `"10"` would
/// sort before `"9"`; aggregation compares the parsed `Amount` values instead.
enum DecimalText {
  /// The smaller of two figures by value; a figure that is missing or does not parse loses.
  static func min(_ a: String?, _ b: String?) -> String? {
    pick(a, b) { $0 < $1 }
  }

  /// The larger of two figures by value.
  static func max(_ a: String?, _ b: String?) -> String? {
    pick(a, b) { $0 > $1 }
  }

  private static func pick(_ a: String?, _ b: String?, _ better: (ExactDecimal, ExactDecimal) -> Bool) -> String? {
    guard let a, let av = Amount(a)?.value else { return b }
    guard let b, let bv = Amount(b)?.value else { return a }
    return better(bv, av) ? b : a
  }
}
