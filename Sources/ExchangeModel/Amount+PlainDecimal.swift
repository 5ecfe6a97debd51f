import Foundation

extension Amount {
  /// The value of a plain decimal literal (optional sign, at most 19 significant digits, at most
  /// one point; leading zeros, as in Bybit's `"0.000000000000000000"`, do not count),
  /// which is what exchanges send, or `nil` for anything else (the general parser decides those).
  ///
  /// About ten times faster than `Decimal(string:)`; decoding a 500-currency balance in a few
  /// milliseconds depends on it.
  static func plainDecimal(_ text: String) -> Decimal? {
    var mantissa: UInt64 = 0
    var digits = 0
    var significantDigits = 0
    var fractionDigits = 0
    var seenPoint = false
    var negative = false
    var first = true
    for byte in text.utf8 {
      if first {
        first = false
        if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") {
          negative = byte == UInt8(ascii: "-")
          continue
        }
      }
      if byte == UInt8(ascii: "."), !seenPoint {
        seenPoint = true
        continue
      }
      guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
      if mantissa != 0 || byte != UInt8(ascii: "0") {
        guard significantDigits < 19 else { return nil }
        significantDigits += 1
      }
      mantissa = mantissa * 10 + UInt64(byte - UInt8(ascii: "0"))
      digits += 1
      if seenPoint { fractionDigits += 1 }
    }
    // Beyond a hundred places the exponent nears Decimal's limit: the general parser decides.
    guard digits > 0, fractionDigits <= 100 else { return nil }
    // Foundation's Decimal has no negative zero: "-0" is plain zero, as `Decimal(string:)` gives.
    let sign: FloatingPointSign = negative && mantissa != 0 ? .minus : .plus
    return Decimal(sign: sign, exponent: -fractionDigits, significand: Decimal(mantissa))
  }
}
