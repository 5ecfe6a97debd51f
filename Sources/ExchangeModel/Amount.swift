/// An exact decimal amount that also keeps the text the exchange sent.
///
/// Exchanges send amounts as JSON strings (`"0.6612664522199999"`, `"0.000000000000000000"`).
/// `value` is the exact `ExactDecimal`; `text` is the string as sent, so the precision the
/// exchange chose is shown and written back unchanged. An empty string is "not applicable" and
/// never becomes an `Amount`: callers hold `Amount?` and `nil` means "—", never zero.
public struct Amount: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The text exactly as the exchange sent it (or, for computed amounts, the decimal's text).
  public let text: String
  /// The exact value.
  public let value: ExactDecimal

  /// Parses an exchange decimal strictly (`ExactDecimal.init?(_:)`'s grammar). Returns `nil`
  /// for `""`, whitespace, anything else that is not a number, and a number outside the range.
  public init?(_ text: String) {
    guard let value = ExactDecimal(text) else { return nil }
    self.text = text
    self.value = value
  }

  /// An amount computed here (a sum, a ratio); its text is the decimal's shortest plain text.
  public init(computed value: ExactDecimal) {
    self.value = value
    self.text = value.plainText
  }

  /// `value` written with exactly `fractionDigits` digits after the point (rounded half away
  /// from zero when it has more), such as a sum shown at the precision of its parts. The value
  /// kept is the one written.
  public init(_ value: ExactDecimal, fractionDigits: Int) {
    self.value = value.rounded(scale: max(0, fractionDigits))
    self.text = value.text(fractionDigits: fractionDigits)
  }

  public var description: String { text }

  /// True when the value is exactly zero (`"0"`, `"0.000"`, `"-0"`).
  public var isZero: Bool { value.isZero }

  /// True when the value is below zero.
  public var isNegative: Bool { value.isNegative }

  /// How many digits after the decimal point the exchange sent (the precision to display).
  public var fractionDigits: Int {
    let utf8 = text.utf8
    if utf8.contains(where: { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }) {
      return max(0, value.scale)
    }
    guard let dot = utf8.firstIndex(of: UInt8(ascii: ".")) else { return 0 }
    return utf8.distance(from: dot, to: utf8.endIndex) - 1
  }

  public static func < (lhs: Amount, rhs: Amount) -> Bool { lhs.value < rhs.value }

  /// Equality is exact: the same value sent as the same text.
  public static func == (lhs: Amount, rhs: Amount) -> Bool {
    lhs.value == rhs.value && lhs.text == rhs.text
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(text)
  }

  /// Whether `s` is written as a decimal number (sign, digits, optional fraction and exponent),
  /// whatever its size: tells "not a number" from "outside the decimal range".
  public static func isDecimalLiteral(_ s: String) -> Bool {
    ExactDecimal.isLiteral(s)
  }
}
