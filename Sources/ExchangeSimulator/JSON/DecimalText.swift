/// Writes exact decimals the way the venues print amounts: rounded to a precision, as plain digits.
enum DecimalText {
  /// Rounded to `scale` decimals, trailing zeros dropped (`"3000"`, `"0.4"`), as OKX prints.
  static func trimmed(_ value: FixedPoint, scale: Int) -> String {
    value.rounded(scale: scale).normalized.textAtScale
  }

  /// Rounded to exactly `scale` decimals (`"0.000000000000000000"`), as Bybit prints some fields.
  static func fixed(_ value: FixedPoint, scale: Int) -> String {
    value.rescaled(to: scale).textAtScale
  }

  /// Rounded to `digits` significant digits, trailing zeros dropped: how OKX prints computed
  /// USD figures (`"125092.85636955927"`).
  static func significant(_ value: FixedPoint, digits: Int) -> String {
    guard !value.isZero else { return "0" }
    // Integer digits reduce the scale; zeros right after "0." raise it, to at most 30.
    let written = String(value.coefficient.magnitude).utf8.count
    let scale: Int
    if written <= value.scale {
      let zeros = value.scale - written
      scale = max(digits, min(digits + zeros, 30))
    } else {
      scale = max(0, digits - (written - value.scale))
    }
    return trimmed(value, scale: scale)
  }
}
