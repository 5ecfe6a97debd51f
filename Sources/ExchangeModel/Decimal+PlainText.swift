import Foundation

extension Decimal {
  /// The same text as `description` (plain digits, never an exponent), several times faster.
  ///
  /// Foundation prints a `Decimal` by dividing its 128-bit mantissa by ten once per digit, which
  /// made printing amounts the largest cost of the simulator's responses and of the "All" tab's
  /// sums. This reads the mantissa and exponent from the value's storage (the NSDecimal layout
  /// Foundation keeps for compatibility) and prints them as an integer. The layout is checked
  /// once against known values; if it ever differs, `description` is used instead.
  public var plainText: String {
    guard DecimalStorage.layoutMatches, let parts = DecimalStorage(self) else { return description }
    return parts.text
  }
}

/// The parts of a `Decimal` read from its storage: sign, exponent and mantissa.
struct DecimalStorage: Equatable {
  var exponent: Int
  var isNegative: Bool
  var mantissa: UInt128

  /// Reads `value`; `nil` for NaN (length 0 with the sign set) or a length out of range.
  init?(_ value: Decimal) {
    guard MemoryLayout<Decimal>.size == 20 else { return nil }
    let parsed: DecimalStorage? = withUnsafeBytes(of: value) { raw in
      // Byte 0: exponent (Int8). Byte 1: length in the high nibble, sign in bit 3.
      // Bytes 4...19: eight little-endian 16-bit mantissa words, least significant first.
      let exponent = Int(Int8(bitPattern: raw[0]))
      let length = Int(raw[1] >> 4)
      let negative = raw[1] & 0b1000 != 0
      guard length <= 8, length > 0 || !negative else { return nil }
      var mantissa: UInt128 = 0
      for word in stride(from: length - 1, through: 0, by: -1) {
        let low = UInt128(raw[4 + 2 * word])
        let high = UInt128(raw[5 + 2 * word])
        mantissa = mantissa << 16 | high << 8 | low
      }
      return DecimalStorage(exponent: exponent, isNegative: negative, mantissa: mantissa)
    }
    guard let parsed else { return nil }
    self = parsed
  }

  private init(exponent: Int, isNegative: Bool, mantissa: UInt128) {
    self.exponent = exponent
    self.isNegative = isNegative
    self.mantissa = mantissa
  }

  /// True when values built through the public API read back as built, so the layout is the
  /// one `init?(_:)` expects.
  static let layoutMatches: Bool = {
    let samples: [(Decimal, DecimalStorage)] = [
      (Decimal(sign: .minus, exponent: -3, significand: 123_456_789), .init(exponent: -3, isNegative: true, mantissa: 123_456_789)),
      (Decimal(sign: .plus, exponent: 5, significand: 7), .init(exponent: 5, isNegative: false, mantissa: 7)),
      (
        Decimal(sign: .plus, exponent: -20, significand: Decimal(UInt64.max)) * 65_537,
        .init(exponent: -20, isNegative: false, mantissa: UInt128(UInt64.max) * 65_537)
      ),
    ]
    return samples.allSatisfy { DecimalStorage($0.0) == $0.1 }
  }()

  /// `description`'s text: digits with the point placed by the exponent, trailing fraction zeros
  /// dropped, `-` for negative values.
  var text: String {
    guard mantissa != 0 else { return "0" }
    var digits = mantissa <= UInt128(UInt64.max) ? String(UInt64(mantissa)) : String(mantissa)
    var scale = -exponent
    if scale > 0 {
      // A mantissa may carry zeros that only the fraction holds ("1.50" as 150e-2).
      let zeros = digits.utf8.reversed().prefix { $0 == UInt8(ascii: "0") }.count
      let dropped = min(zeros, scale)
      digits.removeLast(dropped)
      scale -= dropped
    }
    let sign = isNegative ? "-" : ""
    if scale <= 0 { return sign + digits + String(repeating: "0", count: -scale) }
    let count = digits.utf8.count
    if count > scale {
      let split = digits.utf8.index(digits.utf8.startIndex, offsetBy: count - scale)
      return sign + String(digits[..<split]) + "." + String(digits[split...])
    }
    return sign + "0." + String(repeating: "0", count: scale - count) + digits
  }
}
