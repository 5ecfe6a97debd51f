import ExchangeModel
import Foundation

/// Exact decimal-to-text conversion: fixed fraction digits and thousands separators, no `Double`.
enum DecimalText {
  /// `value` with exactly `fractionDigits` digits after the point (rounded half-up when the value
  /// is more precise), without grouping and never in exponent notation.
  static func plain(_ value: Decimal, fractionDigits: Int) -> String {
    var input = value
    var rounded = Decimal()
    NSDecimalRound(&rounded, &input, fractionDigits, .plain)
    // Like `Decimal.description`, `plainText` never uses an exponent and drops trailing zeros;
    // pad them back.
    var text = rounded.isZero ? "0" : rounded.plainText
    guard fractionDigits > 0 else { return text }
    let present: Int
    if let dot = text.firstIndex(of: ".") {
      present = text.distance(from: text.index(after: dot), to: text.endIndex)
    } else {
      text += "."
      present = 0
    }
    return text + String(repeating: "0", count: max(0, fractionDigits - present))
  }

  /// `plain` text with a `,` between every three digits of the integer part.
  static func grouped(_ value: Decimal, fractionDigits: Int) -> String {
    let text = plain(value, fractionDigits: fractionDigits)
    let negative = text.hasPrefix("-")
    let unsigned = negative ? String(text.dropFirst()) : text
    let integerPart: Substring
    let rest: Substring
    if let dot = unsigned.firstIndex(of: ".") {
      integerPart = unsigned[..<dot]
      rest = unsigned[dot...]
    } else {
      integerPart = Substring(unsigned)
      rest = ""
    }
    var groupedInteger = ""
    for (offset, digit) in integerPart.enumerated() {
      if offset > 0, (integerPart.count - offset) % 3 == 0 { groupedInteger.append(",") }
      groupedInteger.append(digit)
    }
    return (negative ? "-" : "") + groupedInteger + rest
  }
}
