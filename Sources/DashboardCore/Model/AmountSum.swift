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

  /// The sum added up on the venues' texts as integers, at the most decimals among them, when
  /// each is a plain decimal and everything fits in 64 bits (nearly always); `nil` otherwise.
  ///
  /// Written exactly as `Amount(_:fractionDigits:)` writes the Decimal sum, at a fraction of the
  /// cost: the "All" tab adds up every shared currency's figures on each refresh.
  static func integerSum(_ amounts: [Amount?]) -> Amount? {
    var total: Int64 = 0
    var fractionDigits = 0
    for case let amount? in amounts {
      guard var (units, decimals) = parse(amount.text), decimals <= 18 else { return nil }
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
    var digits = Array(String(total.magnitude).utf8)
    if digits.count <= fractionDigits {
      digits.insert(contentsOf: repeatElement(UInt8(ascii: "0"), count: fractionDigits + 1 - digits.count), at: 0)
    }
    if fractionDigits > 0 { digits.insert(UInt8(ascii: "."), at: digits.count - fractionDigits) }
    if total < 0 { digits.insert(UInt8(ascii: "-"), at: 0) }
    return Amount(String(decoding: digits, as: UTF8.self))
  }

  private static func times10(_ value: Int64) -> Int64? {
    let (result, overflow) = value.multipliedReportingOverflow(by: 10)
    return overflow ? nil : result
  }

  /// A plain decimal text (`-12.5`) as units of its last decimal and the number of decimals
  /// (`-125`, 1), or `nil` when it is not plain or does not fit in 64 bits.
  private static func parse(_ text: String) -> (units: Int64, decimals: Int)? {
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
    guard digits > 0 else { return nil }
    return (negative ? -units : units, decimals)
  }
}
