import ExchangeModel

/// Exact sums of amounts for the "All" tab.
enum AmountSum {
  /// The exact sum of the amounts that apply, written at the largest precision among them; `nil`
  /// when none applies (not applicable stays not applicable, it never becomes zero) or when the
  /// sum does not fit 38 digits (no figure rather than a wrong one).
  static func sum(_ amounts: [Amount?]) -> Amount? {
    var present = 0
    var first: Amount?
    var total = ExactDecimal.zero
    var fractionDigits = 0
    for case let amount? in amounts {
      if first == nil { first = amount }
      present += 1
      guard let next = total.adding(amount.value) else { return nil }
      total = next
      fractionDigits = max(fractionDigits, amount.fractionDigits)
    }
    guard let first else { return nil }
    guard present > 1 else { return first }
    return Amount(total, fractionDigits: fractionDigits)
  }
}
