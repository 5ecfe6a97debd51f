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
    let digits = present.map(\.fractionDigits).max() ?? 0
    if let sum = integerSum(present, fractionDigits: digits) { return sum }
    let total = present.reduce(Decimal(0)) { $0 + $1.value }
    return Amount(total, fractionDigits: digits)
  }

  /// The sum added up on the venues' texts as integers of 10^-`fractionDigits` units, when each
  /// is a plain decimal that fits in 64 bits there (nearly all do); `nil` otherwise.
  ///
  /// Written exactly as `Amount(_:fractionDigits:)` writes the Decimal sum, at a fraction of the
  /// cost: the "All" tab adds up every shared currency's figures on each refresh.
  static func integerSum(_ amounts: [Amount], fractionDigits: Int) -> Amount? {
    guard fractionDigits <= 18 else { return nil }
    var total: Int64 = 0
    for amount in amounts {
      guard let units = units(amount.text, fractionDigits: fractionDigits) else { return nil }
      let (sum, overflow) = total.addingReportingOverflow(units)
      guard !overflow else { return nil }
      total = sum
    }
    var digits = Array(String(total.magnitude).utf8)
    if digits.count <= fractionDigits {
      digits.insert(contentsOf: repeatElement(UInt8(ascii: "0"), count: fractionDigits + 1 - digits.count), at: 0)
    }
    if fractionDigits > 0 { digits.insert(UInt8(ascii: "."), at: digits.count - fractionDigits) }
    if total < 0 { digits.insert(UInt8(ascii: "-"), at: 0) }
    return Amount(String(decoding: digits, as: UTF8.self))
  }

  /// A plain decimal text (`-12.5`) as a count of 10^-`fractionDigits` units, or `nil` when it
  /// is not plain, has more decimals, or does not fit.
  private static func units(_ text: String, fractionDigits: Int) -> Int64? {
    var units: Int64 = 0
    var decimals = 0
    var seenPoint = false
    var negative = false
    var digits = 0
    for (offset, byte) in text.utf8.enumerated() {
      if offset == 0, byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") {
        negative = byte == UInt8(ascii: "-")
      } else if byte == UInt8(ascii: "."), !seenPoint {
        seenPoint = true
      } else if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
        let (times10, overflow) = units.multipliedReportingOverflow(by: 10)
        let (next, carry) = times10.addingReportingOverflow(Int64(byte - UInt8(ascii: "0")))
        guard !overflow, !carry else { return nil }
        units = next
        digits += 1
        if seenPoint { decimals += 1 }
      } else {
        return nil
      }
    }
    guard digits > 0, decimals <= fractionDigits else { return nil }
    for _ in decimals..<fractionDigits {
      let (times10, overflow) = units.multipliedReportingOverflow(by: 10)
      guard !overflow else { return nil }
      units = times10
    }
    return negative ? -units : units
  }
}
