import Foundation

extension Amount {
  /// The value of a plain decimal literal (optional sign, at most 19 significant digits, at most
  /// one point; leading zeros, as in Bybit's `"0.000000000000000000"`, do not count),
  /// which is what exchanges send, or `nil` for anything else (the general parser decides those).
  ///
  /// About ten times faster than `Decimal(string:)`; decoding a 500-currency balance in a few
  /// milliseconds depends on it.
  static func plainDecimal(_ text: String) -> Decimal? {
    guard let digits = plainDigits(text) else { return nil }
    // Beyond a hundred places the exponent nears Decimal's limit: the general parser decides.
    guard digits.fractionDigits <= 100 else { return nil }
    // Foundation's Decimal has no negative zero: "-0" is plain zero, as `Decimal(string:)` gives.
    let sign: FloatingPointSign = digits.negative && digits.mantissa != 0 ? .minus : .plus
    return Decimal(sign: sign, exponent: -digits.fractionDigits, significand: Decimal(digits.mantissa))
  }

  /// The amount as a whole number of units of its last decimal (`"-12.50"` → -1250, 2 digits),
  /// when its text is a plain decimal whose units fit in 64 bits: where exact integer arithmetic
  /// on amounts (the "All" tab's sums) starts.
  public var units: (value: Int64, fractionDigits: Int)? {
    guard let digits = Amount.plainDigits(text), let magnitude = Int64(exactly: digits.mantissa) else { return nil }
    return (digits.negative ? -magnitude : magnitude, digits.fractionDigits)
  }

  /// `units` × 10^-`fractionDigits`, written with exactly `fractionDigits` decimals, as
  /// `Amount(_:fractionDigits:)` writes the same value.
  public init(units: Int64, fractionDigits: Int) {
    var digits = Array(String(units.magnitude).utf8)
    if digits.count <= fractionDigits {
      digits.insert(contentsOf: repeatElement(UInt8(ascii: "0"), count: fractionDigits + 1 - digits.count), at: 0)
    }
    if fractionDigits > 0 { digits.insert(UInt8(ascii: "."), at: digits.count - fractionDigits) }
    if units < 0 { digits.insert(UInt8(ascii: "-"), at: 0) }
    self.init(
      text: String(decoding: digits, as: UTF8.self),
      value: Decimal(sign: units < 0 ? .minus : .plus, exponent: -fractionDigits, significand: Decimal(units.magnitude)))
  }

  /// The digits of a plain decimal literal (see `plainDecimal`) as an integer mantissa, or `nil`.
  private static func plainDigits(_ text: String) -> (mantissa: UInt64, fractionDigits: Int, negative: Bool)? {
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
    guard digits > 0 else { return nil }
    return (mantissa, fractionDigits, negative)
  }
}
