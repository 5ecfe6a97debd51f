extension ExactDecimal {
  /// The shortest plain text (`plainText`), as Foundation's `Decimal` described itself.
  public var description: String { plainText }

  /// The value with exactly `scale` decimals, never an exponent (`"-12.50"`, `"0.000"`, and
  /// `"3000"` for 3 at scale -3).
  public var textAtScale: String {
    var digits = Array(String(coefficient.magnitude).utf8)
    if scale < 0 {
      digits.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: -scale))
    } else if scale > 0 {
      if digits.count <= scale {
        digits.insert(contentsOf: repeatElement(UInt8(ascii: "0"), count: scale + 1 - digits.count), at: 0)
      }
      digits.insert(UInt8(ascii: "."), at: digits.count - scale)
    }
    if coefficient < 0 { digits.insert(UInt8(ascii: "-"), at: 0) }
    return String(decoding: digits, as: UTF8.self)
  }

  /// The shortest plain text of the value: trailing fraction zeros dropped, `"0"` for zero,
  /// never an exponent (`1.50` → `"1.5"`, `1e3` → `"1000"`), as Foundation's `Decimal` printed.
  public var plainText: String {
    normalized.textAtScale
  }

  /// The value written with exactly `fractionDigits` decimals, rounded half away from zero when
  /// it has more, with no negative zero (`-0.0004` at 3 digits is `"0.000"`).
  public func text(fractionDigits: Int) -> String {
    let digits = max(0, fractionDigits)
    let rounded = rounded(scale: digits)
    if rounded.isZero { return ExactDecimal(unchecked: 0, scale: digits).textAtScale }
    // Padding cannot overflow: it is done on the text, not on the coefficient.
    let padding = digits - max(rounded.scale, 0)
    var text = rounded.textAtScale
    if padding > 0 {
      if rounded.scale <= 0 { text += "." }
      text += String(repeating: "0", count: padding)
    }
    return text
  }
}

extension ExactDecimal {
  /// Rounded half away from zero to `digits` significant digits, trailing zeros dropped
  /// (`plainText`): how OKX prints computed USD figures (`"125092.85636955927"`).
  public func plainText(significantDigits digits: Int) -> String {
    guard !isZero else { return "0" }
    // Integer digits reduce the scale; zeros right after "0." raise it, to at most 30.
    let written = String(coefficient.magnitude).utf8.count
    let target: Int
    if written <= scale {
      target = max(digits, min(digits + scale - written, 30))
    } else {
      target = max(0, digits - (written - scale))
    }
    return rounded(scale: target).plainText
  }
}
