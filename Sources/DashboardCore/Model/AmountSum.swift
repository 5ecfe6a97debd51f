import ExchangeModel
import Foundation

/// Exact sums of amounts for the "All" tab.
enum AmountSum {
  /// The exact sum of the amounts that apply, at the largest precision among them; `nil` when
  /// none applies (not applicable stays not applicable, it never becomes zero).
  static func sum(_ amounts: [Amount?]) -> Amount? {
    let present = amounts.compactMap { $0 }
    guard let first = present.first else { return nil }
    guard present.count > 1 else { return first }
    let total = present.reduce(Decimal(0)) { $0 + $1.value }
    let digits = present.map(\.fractionDigits).max() ?? 0
    return Amount(total, fractionDigits: digits)
  }
}
