import Foundation

/// An exact decimal amount that also keeps the text the exchange sent.
///
/// Exchanges send amounts as JSON strings (`"0.6612664522199999"`, `"0.000000000000000000"`).
/// `value` is the exact `Decimal`; `text` is the string as sent, so the precision the exchange
/// chose is shown and written back unchanged. An empty string is "not applicable" and never
/// becomes an `Amount`: callers hold `Amount?` and `nil` means "—", never zero.
public struct Amount: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The text exactly as the exchange sent it (or, for computed amounts, the decimal's text).
  public let text: String
  /// The exact value.
  public let value: Decimal

  /// Parses an exchange decimal strictly: optional sign, digits with an optional fraction,
  /// optional exponent. Returns `nil` for `""`, whitespace, or anything else that is not a number.
  public init?(_ text: String) {
    if let value = Amount.plainDecimal(text) {
      self.text = text
      self.value = value
      return
    }
    // No locale: without one `Decimal(string:)` reads "." as the separator, and a Locale would
    // load ICU's number formats into the process.
    // Outside Decimal's range Foundation gives NaN or nothing: either way it is not an amount.
    guard Amount.isDecimalLiteral(text), let value = Decimal(string: text), !value.isNaN else { return nil }
    self.text = text
    self.value = value
  }

  /// An amount computed here (a sum, a ratio); its text is the decimal's own description.
  public init(computed value: Decimal) {
    self.value = value
    self.text = value.plainText
  }

  /// `value` written with exactly `fractionDigits` digits after the point (rounded half away
  /// from zero when it has more), such as a sum shown at the precision of its parts. The value
  /// kept is the one written.
  public init(_ value: Decimal, fractionDigits: Int) {
    var rounded = value
    // A value with no more digits than asked for (a sum of amounts at that precision) is exact.
    if value.exponent < -fractionDigits {
      var input = value
      NSDecimalRound(&rounded, &input, fractionDigits, .plain)
    }
    var text = rounded.isZero ? "0" : rounded.plainText
    if fractionDigits > 0 {
      let present = text.utf8.firstIndex(of: UInt8(ascii: ".")).map { text.utf8.distance(from: $0, to: text.utf8.endIndex) - 1 }
      if present == nil { text += "." }
      text += String(repeating: "0", count: max(0, fractionDigits - (present ?? 0)))
    }
    self.text = text
    self.value = rounded
  }

  /// An amount whose text and value the caller has made to agree.
  init(text: String, value: Decimal) {
    self.text = text
    self.value = value
  }

  public var description: String { text }

  /// True when the value is exactly zero (`"0"`, `"0.000"`, `"-0"`).
  public var isZero: Bool { value.isZero }

  /// True when the value is below zero.
  public var isNegative: Bool { value < 0 }

  /// How many digits after the decimal point the exchange sent (the precision to display).
  public var fractionDigits: Int {
    let utf8 = text.utf8
    if utf8.contains(where: { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }) {
      return max(0, -Int(value.exponent))
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
    var it = s.utf8.makeIterator()
    var c = it.next()
    if c == UInt8(ascii: "+") || c == UInt8(ascii: "-") { c = it.next() }
    var digits = 0
    while let d = c, d >= UInt8(ascii: "0"), d <= UInt8(ascii: "9") { digits += 1; c = it.next() }
    if c == UInt8(ascii: ".") {
      c = it.next()
      while let d = c, d >= UInt8(ascii: "0"), d <= UInt8(ascii: "9") { digits += 1; c = it.next() }
    }
    guard digits > 0 else { return false }
    if c == UInt8(ascii: "e") || c == UInt8(ascii: "E") {
      c = it.next()
      if c == UInt8(ascii: "+") || c == UInt8(ascii: "-") { c = it.next() }
      var expDigits = 0
      while let d = c, d >= UInt8(ascii: "0"), d <= UInt8(ascii: "9") { expDigits += 1; c = it.next() }
      guard expDigits > 0 else { return false }
    }
    return c == nil
  }
}
