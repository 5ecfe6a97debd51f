import ExchangeModel
import Foundation

/// Exact sums of amounts for the "All" tab.
enum AmountSum {
  /// The exact sum of the amounts that apply, at the largest precision among them; `nil` when
  /// none applies (not applicable stays not applicable, it never becomes zero).
  static func sum(_ amounts: [Amount?]) -> Amount? {
    var present = 0
    var first: Amount?
    for case let amount? in amounts {
      if first == nil { first = amount }
      present += 1
    }
    guard let first else { return nil }
    guard present > 1 else { return first }
    if let sum = integerSum(amounts) { return sum }
    let parts = amounts.compactMap { $0 }
    let total = parts.reduce(Decimal(0)) { $0 + $1.value }
    return Amount(total, fractionDigits: parts.map(\.fractionDigits).max() ?? 0)
  }

  /// The sum added up on the venues' texts as integers (`Amount.units`), at the most decimals
  /// among them, when each is a plain decimal and everything fits in 64 bits (nearly always);
  /// `nil` otherwise.
  ///
  /// Written exactly as `Amount(_:fractionDigits:)` writes the Decimal sum, at a fraction of the
  /// cost: the "All" tab adds up every shared currency's figures on each refresh.
  static func integerSum(_ amounts: [Amount?]) -> Amount? {
    var total: Int64 = 0
    var fractionDigits = 0
    for case let amount? in amounts {
      guard var (units, decimals) = amount.units, decimals <= 18 else { return nil }
      // Both at the larger number of decimals.
      while fractionDigits < decimals {
        guard let scaled = times10(total) else { return nil }
        total = scaled
        fractionDigits += 1
      }
      while decimals < fractionDigits {
        guard let scaled = times10(units) else { return nil }
        units = scaled
        decimals += 1
      }
      let (sum, overflow) = total.addingReportingOverflow(units)
      guard !overflow else { return nil }
      total = sum
    }
    return Amount(units: total, fractionDigits: fractionDigits)
  }

  private static func times10(_ value: Int64) -> Int64? {
    let (result, overflow) = value.multipliedReportingOverflow(by: 10)
    return overflow ? nil : result
  }
}
