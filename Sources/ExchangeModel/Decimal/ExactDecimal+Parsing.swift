extension ExactDecimal {
  /// Parses a decimal number strictly: optional sign, digits with an optional fraction (at least
  /// one digit in all), optional exponent (`1e-8`, `9.01E+07`). `nil` for `""`, whitespace,
  /// `NaN`, `1,000` or anything else that is not a number, and for a number outside the range
  /// (more than 38 significant digits, or a scale outside `scaleRange`): see `isLiteral` to tell
  /// the two apart.
  ///
  /// The scale is the one written (`"1.50"` is 150 at scale 2), less any exponent.
  public init?(_ text: String) {
    var bytes = text.utf8.makeIterator()
    var byte = bytes.next()
    var negative = false
    if byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") {
      negative = byte == UInt8(ascii: "-")
      byte = bytes.next()
    }
    // The first 19 significant digits go into a UInt64 (the usual case ends there); more move
    // to 128 bits. Zeros after the last non-zero digit wait in `pendingZeros`, so a long run of
    // them (`1` followed by forty zeros) can stay in the scale.
    var small: UInt64 = 0
    var wide: UInt128 = 0
    var isWide = false
    var significant = 0
    var pendingZeros = 0
    var digits = 0
    var fractionDigits = 0
    var seenPoint = false
    while let b = byte {
      if b == UInt8(ascii: "."), !seenPoint {
        seenPoint = true
      } else if b >= UInt8(ascii: "0"), b <= UInt8(ascii: "9") {
        digits += 1
        if seenPoint { fractionDigits += 1 }
        let digit = b &- UInt8(ascii: "0")
        if digit == 0 {
          if significant > 0 { pendingZeros += 1 }
        } else {
          let count = significant + pendingZeros + 1
          guard count <= Self.maximumDigits else { return nil }
          if !isWide, count <= 19 {
            small = small &* UInt64(truncatingIfNeeded: Self.powerOfTen(pendingZeros + 1)) &+ UInt64(digit)
          } else {
            if !isWide {
              wide = UInt128(small)
              isWide = true
            }
            wide = wide &* Self.powerOfTen(pendingZeros + 1) &+ UInt128(digit)
          }
          significant = count
          pendingZeros = 0
        }
      } else {
        break
      }
      byte = bytes.next()
    }
    guard digits > 0 else { return nil }
    var exponent = 0
    if byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
      byte = bytes.next()
      var exponentNegative = false
      if byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") {
        exponentNegative = byte == UInt8(ascii: "-")
        byte = bytes.next()
      }
      var exponentDigits = 0
      while let b = byte, b >= UInt8(ascii: "0"), b <= UInt8(ascii: "9") {
        // Far past the range either way: stop growing, the answer is the same.
        exponent = min(exponent * 10 + Int(b &- UInt8(ascii: "0")), 1_000_000)
        exponentDigits += 1
        byte = bytes.next()
      }
      guard exponentDigits > 0 else { return nil }
      if exponentNegative { exponent = -exponent }
    }
    guard byte == nil else { return nil }
    var magnitude = isWide ? wide : UInt128(small)
    if significant == 0 {
      // Zero: any scale means the same; keep the written one where the range allows.
      self.init(unchecked: 0, scale: min(max(fractionDigits - exponent, Self.scaleRange.lowerBound), Self.scaleRange.upperBound))
      return
    }
    // Trailing zeros go back into the coefficient when they fit, so the scale is as written.
    var digitCount = significant
    if significant + pendingZeros <= Self.maximumDigits {
      magnitude *= Self.powerOfTen(pendingZeros)
      digitCount += pendingZeros
      pendingZeros = 0
    }
    var scale = fractionDigits - pendingZeros - exponent
    // A large exponent (`1e128`) may still fit once zeros move into the coefficient.
    if scale < Self.scaleRange.lowerBound, digitCount + Self.scaleRange.lowerBound - scale <= Self.maximumDigits {
      magnitude *= Self.powerOfTen(Self.scaleRange.lowerBound - scale)
      scale = Self.scaleRange.lowerBound
    }
    guard Self.scaleRange.contains(scale) else { return nil }
    let units = Int128(magnitude)
    self.init(unchecked: negative ? -units : units, scale: scale)
  }

  /// Whether `text` is written as a decimal number (sign, digits, optional fraction and
  /// exponent), whatever its size: tells "not a number" from "outside the decimal range".
  public static func isLiteral(_ text: String) -> Bool {
    var it = text.utf8.makeIterator()
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
      var exponentDigits = 0
      while let d = c, d >= UInt8(ascii: "0"), d <= UInt8(ascii: "9") { exponentDigits += 1; c = it.next() }
      guard exponentDigits > 0 else { return false }
    }
    return c == nil
  }
}
