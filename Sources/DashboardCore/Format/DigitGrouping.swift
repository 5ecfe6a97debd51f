import ExchangeModel

/// The screen's thousands separators on exact decimal text (the text itself is the model's
/// `ExactDecimal` and `Amount` text), no `Double`.
enum DigitGrouping {
  /// `value` with exactly `fractionDigits` digits after the point (rounded half away from zero
  /// when it has more), never in exponent notation, and a `,` between every three digits of the
  /// integer part.
  static func grouped(_ value: ExactDecimal, fractionDigits: Int) -> String {
    group(value.text(fractionDigits: fractionDigits))
  }

  /// `amount` at the precision it was sent, grouped: its own text when that is already what
  /// `Amount(_:fractionDigits:)` would write (no exponent, no `+`, no leading zeros, no negative
  /// zero), which is nearly always, so a frame does not round and reprint every amount it shows.
  static func grouped(_ amount: Amount) -> String {
    isPlain(amount.text) ? group(amount.text) : grouped(amount.value, fractionDigits: amount.fractionDigits)
  }

  /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?`, and not a negative zero.
  static func isPlain(_ text: String) -> Bool {
    var bytes = text.utf8[...]
    let negative = bytes.first == UInt8(ascii: "-")
    if negative { bytes = bytes.dropFirst() }
    let integer = bytes.prefix { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    guard !integer.isEmpty, integer.count == 1 || integer.first != UInt8(ascii: "0") else { return false }
    let rest = bytes.dropFirst(integer.count)
    if !rest.isEmpty {
      guard rest.first == UInt8(ascii: "."), rest.count > 1,
        rest.dropFirst().allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") })
      else { return false }
    }
    return !negative || bytes.contains { $0 >= UInt8(ascii: "1") && $0 <= UInt8(ascii: "9") }
  }

  /// Plain decimal text with a `,` between every three digits of the integer part.
  static func group(_ text: String) -> String {
    let bytes = Array(text.utf8)
    let start = bytes.first == UInt8(ascii: "-") ? 1 : 0
    let integerEnd = bytes[start...].firstIndex(of: UInt8(ascii: ".")) ?? bytes.count
    let integerDigits = integerEnd - start
    guard integerDigits > 3 else { return text }
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count + integerDigits / 3)
    out.append(contentsOf: bytes[..<start])
    for offset in 0..<integerDigits {
      if offset > 0, (integerDigits - offset) % 3 == 0 { out.append(UInt8(ascii: ",")) }
      out.append(bytes[start + offset])
    }
    out.append(contentsOf: bytes[integerEnd...])
    return String(decoding: out, as: UTF8.self)
  }
}
