extension ExactDecimal {
  /// How a result with more digits than asked for is cut.
  public enum Rounding: Sendable, Hashable {
    /// To the nearest, a half away from zero (`1.005` → `1.01`, `-1.005` → `-1.01`): what
    /// people expect of money, and what `NSDecimalRound`'s `.plain` did.
    case halfAwayFromZero
    /// Truncation (`1.99` → `1`, `-1.99` → `-1`).
    case towardZero
    /// Any dropped digit adds one unit (`1.01` → `2`, `-1.01` → `-2`).
    case awayFromZero
    /// Towards minus infinity (floor).
    case down
    /// Towards plus infinity (ceiling).
    case up
  }

  /// The exact sum, or `nil` when it does not fit 38 digits.
  public func adding(_ other: ExactDecimal) -> ExactDecimal? {
    if other.isZero, scale >= other.scale { return self }
    if isZero, other.scale >= scale { return other }
    if let sum = Self.aligned(self, other, { $0.addingReportingOverflow($1) }) { return sum }
    // A zero (or a trailing zero) may force an alignment that fits once it is dropped.
    return Self.aligned(normalized, other.normalized) { $0.addingReportingOverflow($1) }
  }

  /// The exact difference, or `nil` when it does not fit 38 digits.
  public func subtracting(_ other: ExactDecimal) -> ExactDecimal? {
    adding(-other)
  }

  /// The exact product, or `nil` when it does not fit 38 digits; with `scale`, the product
  /// rounded by `rule` to at most that many decimals (a product with fewer stays exact).
  public func multiplied(
    by other: ExactDecimal, scale target: Int? = nil, rounding rule: Rounding = .halfAwayFromZero
  ) -> ExactDecimal? {
    let negative = isNegative != other.isNegative
    let product = WideMagnitude.product(coefficient.magnitude, other.coefficient.magnitude)
    let scale = self.scale + other.scale
    if let target, scale > target {
      guard let units = product.divided(byPowerOfTen: scale - target, rounding: rule, negative: negative) else { return nil }
      return Self.make(units, negative: negative, scale: target)
    }
    guard let units = product.narrow else { return nil }
    return Self.make(units, negative: negative, scale: scale)
  }

  /// `self / divisor` with `scale` decimals, rounded by `rule`; `nil` for a zero divisor or a
  /// quotient that does not fit 38 digits.
  public func divided(
    by divisor: ExactDecimal, scale target: Int, rounding rule: Rounding = .halfAwayFromZero
  ) -> ExactDecimal? {
    guard !divisor.isZero, Self.scaleRange.contains(target) else { return nil }
    let negative = isNegative != divisor.isNegative
    // units = self.coefficient · 10^shift / divisor.coefficient has `target` decimals. With a
    // negative shift, divide at `target - shift` decimals first and round the extra ones off.
    let shift = target + divisor.scale - scale
    guard let dividend = WideMagnitude(coefficient.magnitude).multiplied(byPowerOfTen: max(0, shift)) else { return nil }
    let (quotient, remainder) = dividend.divided(by: divisor.coefficient.magnitude)
    let units: UInt128?
    if shift >= 0 {
      guard let narrow = quotient.narrow else { return nil }
      units = WideMagnitude.rounded(
        narrow, remainder: remainder, divisor: divisor.coefficient.magnitude, inexact: false, rule: rule, negative: negative)
    } else {
      // Truncated above, so the extra digits plus "something was dropped" round exactly once.
      units = quotient.divided(byPowerOfTen: -shift, rounding: rule, negative: negative, inexact: remainder != 0)
    }
    guard let units else { return nil }
    return Self.make(units, negative: negative, scale: target)
  }

  /// This value with at most `target` decimals, rounded by `rule` (a value with fewer is
  /// unchanged). Never fails: rounding only drops digits.
  public func rounded(scale target: Int, rounding rule: Rounding = .halfAwayFromZero) -> ExactDecimal {
    let target = max(target, Self.scaleRange.lowerBound)
    guard scale > target else { return self }
    let units =
      WideMagnitude(coefficient.magnitude).divided(byPowerOfTen: scale - target, rounding: rule, negative: isNegative) ?? 0
    // Dropping at least one digit leaves room for the carry of a round-up.
    return Self.make(units, negative: isNegative, scale: target) ?? self
  }

  /// The same value with exactly `target` decimals: rounded by `rule` when it has more, padded
  /// with zeros when it has fewer; `nil` when the padded coefficient does not fit 38 digits.
  public func rescaled(to target: Int, rounding rule: Rounding = .halfAwayFromZero) -> ExactDecimal? {
    guard scale < target else { return rounded(scale: target, rounding: rule) }
    guard Self.scaleRange.contains(target),
      let units = WideMagnitude(coefficient.magnitude).multiplied(byPowerOfTen: target - scale)?.narrow
    else { return nil }
    return Self.make(units, negative: isNegative, scale: target)
  }

  /// This value times 10^`exponent` (`0.9103` times 10² is `91.03`): only the point moves, so
  /// it is exact within the scale range; past its small end digits are dropped (half away from
  /// zero), past its large end the result is held at the largest value of its sign.
  public func timesPowerOfTen(_ exponent: Int) -> ExactDecimal {
    let moved = scale - exponent
    if Self.scaleRange.contains(moved) { return ExactDecimal(unchecked: coefficient, scale: moved) }
    if moved > Self.scaleRange.upperBound {
      return rounded(scale: scale - (moved - Self.scaleRange.upperBound)).timesPowerOfTen(exponent)
    }
    let bottom = Self.scaleRange.lowerBound
    if let units = coefficient(atScale: scale + (bottom - moved)), let exact = ExactDecimal(coefficient: units, scale: bottom) {
      return exact
    }
    let largest = Int128(Self.coefficientLimit - 1)
    return ExactDecimal(unchecked: isNegative ? -largest : largest, scale: bottom)
  }

  /// The coefficient at a larger `target` scale, or `nil` when it does not fit.
  func coefficient(atScale target: Int) -> Int128? {
    guard target != scale else { return coefficient }
    guard target > scale, target - scale <= 38 else { return nil }
    let (units, overflow) = coefficient.multipliedReportingOverflow(by: Int128(Self.powerOfTen(target - scale)))
    return overflow ? nil : units
  }

  /// A value from a magnitude and a sign, checked against the bounds.
  static func make(_ magnitude: UInt128, negative: Bool, scale: Int) -> ExactDecimal? {
    guard magnitude < coefficientLimit else { return nil }
    let units = Int128(magnitude)
    return ExactDecimal(coefficient: negative ? -units : units, scale: scale)
  }

  /// `operation` on both coefficients at the larger scale, checked.
  private static func aligned(
    _ lhs: ExactDecimal, _ rhs: ExactDecimal, _ operation: (Int128, Int128) -> (partialValue: Int128, overflow: Bool)
  ) -> ExactDecimal? {
    let scale = max(lhs.scale, rhs.scale)
    guard let a = lhs.coefficient(atScale: scale), let b = rhs.coefficient(atScale: scale) else { return nil }
    let (result, overflow) = operation(a, b)
    return overflow ? nil : ExactDecimal(coefficient: result, scale: scale)
  }
}
