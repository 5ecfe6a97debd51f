extension ExactDecimal {
  /// The nearest `Double`: for display helpers that need one (gauges) and the metrics boundary,
  /// never for arithmetic.
  public var doubleValue: Double {
    // Swift's parser rounds correctly; the coefficient and exponent are always valid.
    Double("\(coefficient)e\(-scale)") ?? .nan
  }

  /// The value rounded to a whole number by `rule`, when it fits an `Int`.
  public func integer(rounding rule: Rounding = .halfAwayFromZero) -> Int? {
    let whole = rounded(scale: 0, rounding: rule)
    if whole.isZero { return 0 }
    // A whole number with zeros before the point: 10^19 and up do not fit an Int anyway.
    guard whole.scale <= 0, -whole.scale <= 19 else { return nil }
    let (units, overflow) = whole.coefficient.multipliedReportingOverflow(by: Int128(Self.powerOfTen(-whole.scale)))
    return overflow ? nil : Int(exactly: units)
  }

  /// A `Double` written as its shortest decimal text (`0.1` is `0.1`, not the binary
  /// expansion), for settings read as floating point; `nil` for infinities and NaN.
  public init?(shortest value: Double) {
    guard value.isFinite else { return nil }
    self.init(String(value))
  }
}
