import ExchangeModel
import Foundation

/// Writes exact decimals the way the venues print amounts: rounded to a precision, as plain digits.
enum DecimalText {
  /// Rounded to `scale` decimals, trailing zeros dropped (`"3000"`, `"0.4"`), as OKX prints.
  static func trimmed(_ value: Decimal, scale: Int) -> String {
    let text = plain(rounded(value, scale: scale))
    guard text.utf8.contains(UInt8(ascii: ".")) else { return text }
    var trimmed = Substring(text)
    while trimmed.last == "0" { trimmed = trimmed.dropLast() }
    if trimmed.last == "." { trimmed = trimmed.dropLast() }
    return String(trimmed)
  }

  /// Rounded to exactly `scale` decimals (`"0.000000000000000000"`), as Bybit prints some fields.
  static func fixed(_ value: Decimal, scale: Int) -> String {
    let text = trimmed(value, scale: scale)
    guard scale > 0 else { return text }
    let decimals = text.utf8.firstIndex(of: UInt8(ascii: ".")).map { text.utf8.distance(from: $0, to: text.utf8.endIndex) - 1 } ?? -1
    if decimals < 0 { return text + "." + String(repeating: "0", count: scale) }
    return text + String(repeating: "0", count: scale - decimals)
  }

  /// Rounded to `digits` significant digits, trailing zeros dropped: how OKX prints computed
  /// USD figures (`"125092.85636955927"`).
  static func significant(_ value: Decimal, digits: Int) -> String {
    guard !value.isZero else { return "0" }
    // Counted on the plain text rather than by repeated Decimal multiplication: cheaper, and the
    // same answer (integer digits reduce the scale; zeros right after "0." raise it, to at most 30).
    let text = Array((value < 0 ? -value : value).plainText.utf8)
    let point = text.firstIndex(of: UInt8(ascii: ".")) ?? text.count
    let scale: Int
    if point == 1, text[0] == UInt8(ascii: "0") {
      let zeros = text[(point + 1)...].prefix { $0 == UInt8(ascii: "0") }.count
      scale = max(digits, min(digits + zeros, 30))
    } else {
      scale = max(0, digits - point)
    }
    return trimmed(value, scale: scale)
  }

  /// Rounds half away from zero to `scale` decimals.
  static func rounded(_ value: Decimal, scale: Int) -> Decimal {
    // Already within `scale` decimals (most holdings are): nothing to round.
    if value.exponent >= -scale { return value }
    var input = value
    var result = Decimal()
    NSDecimalRound(&result, &input, scale, .plain)
    return result
  }

  private static func plain(_ value: Decimal) -> String {
    if value.isZero { return "0" }
    return value.plainText
  }
}
