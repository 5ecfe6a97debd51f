import Foundation

/// Writes exact decimals the way the venues print amounts: rounded to a precision, as plain digits.
enum DecimalText {
  /// Rounded to `scale` decimals, trailing zeros dropped (`"3000"`, `"0.4"`), as OKX prints.
  static func trimmed(_ value: Decimal, scale: Int) -> String {
    let text = plain(rounded(value, scale: scale))
    guard text.contains(".") else { return text }
    var trimmed = Substring(text)
    while trimmed.last == "0" { trimmed = trimmed.dropLast() }
    if trimmed.last == "." { trimmed = trimmed.dropLast() }
    return String(trimmed)
  }

  /// Rounded to exactly `scale` decimals (`"0.000000000000000000"`), as Bybit prints some fields.
  static func fixed(_ value: Decimal, scale: Int) -> String {
    let text = trimmed(value, scale: scale)
    guard scale > 0 else { return text }
    let decimals = text.firstIndex(of: ".").map { text.distance(from: $0, to: text.endIndex) - 1 } ?? -1
    if decimals < 0 { return text + "." + String(repeating: "0", count: scale) }
    return text + String(repeating: "0", count: scale - decimals)
  }

  /// Rounded to `digits` significant digits, trailing zeros dropped: how OKX prints computed
  /// USD figures (`"125092.85636955927"`).
  static func significant(_ value: Decimal, digits: Int) -> String {
    let magnitude = value < 0 ? -value : value
    guard !magnitude.isZero else { return "0" }
    var scale = digits
    var bound = Decimal(1)
    while magnitude >= bound && scale > 0 {
      bound *= 10
      scale -= 1
    }
    var small = Decimal(string: "0.1") ?? 0
    while magnitude < small && scale < 30 {
      small /= 10
      scale += 1
    }
    return trimmed(value, scale: scale)
  }

  /// Rounds half away from zero to `scale` decimals.
  static func rounded(_ value: Decimal, scale: Int) -> Decimal {
    var input = value
    var result = Decimal()
    NSDecimalRound(&result, &input, scale, .plain)
    return result
  }

  private static func plain(_ value: Decimal) -> String {
    if value.isZero { return "0" }
    return value.description
  }
}
