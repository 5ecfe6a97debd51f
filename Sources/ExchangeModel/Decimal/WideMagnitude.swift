/// A 256-bit unsigned integer: the exact product of two coefficients, or a dividend shifted by
/// a power of ten, before it is rounded back into 38 digits.
struct WideMagnitude {
  var high: UInt128
  var low: UInt128

  init(_ value: UInt128) {
    high = 0
    low = value
  }

  init(high: UInt128, low: UInt128) {
    self.high = high
    self.low = low
  }

  /// The full product of two magnitudes.
  static func product(_ a: UInt128, _ b: UInt128) -> WideMagnitude {
    let (high, low) = a.multipliedFullWidth(by: b)
    return WideMagnitude(high: high, low: low)
  }

  var isZero: Bool { high == 0 && low == 0 }

  /// The value when it fits 128 bits.
  var narrow: UInt128? { high == 0 ? low : nil }

  /// This times `factor`, or `nil` past 256 bits.
  func multiplied(by factor: UInt128) -> WideMagnitude? {
    let (carry, low) = self.low.multipliedFullWidth(by: factor)
    let (high, overflow) = self.high.multipliedReportingOverflow(by: factor)
    let (sum, carried) = high.addingReportingOverflow(carry)
    guard !overflow, !carried else { return nil }
    return WideMagnitude(high: sum, low: low)
  }

  /// This times 10^`exponent`, or `nil` past 256 bits.
  func multiplied(byPowerOfTen exponent: Int) -> WideMagnitude? {
    var result = self
    var remaining = exponent
    while remaining > 0 {
      let step = min(remaining, 38)
      guard let next = result.multiplied(by: ExactDecimal.powerOfTen(step)) else { return nil }
      result = next
      remaining -= step
    }
    return result
  }

  /// Quotient and remainder of a division by a non-zero `divisor`.
  func divided(by divisor: UInt128) -> (quotient: WideMagnitude, remainder: UInt128) {
    let (high, carried) = self.high.quotientAndRemainder(dividingBy: divisor)
    // `carried` < `divisor`, so the low quotient fits 128 bits.
    let (low, remainder) = divisor.dividingFullWidth((carried, self.low))
    return (WideMagnitude(high: high, low: low), remainder)
  }

  /// This divided by 10^`exponent` and rounded by `rule` (for a value of sign `negative`);
  /// `inexact` says digits below this one were already dropped. `nil` when the result does not
  /// fit 128 bits.
  func divided(
    byPowerOfTen exponent: Int, rounding rule: ExactDecimal.Rounding, negative: Bool, inexact: Bool = false
  ) -> UInt128? {
    var value = self
    var remaining = exponent
    var remainder: UInt128 = 0
    var divisor: UInt128 = 1
    var sticky = inexact
    while remaining > 0 {
      // The first digit dropped (the last step's remainder against its divisor) decides a half;
      // every earlier step's remainder only says whether the result is inexact.
      sticky = sticky || remainder != 0
      let step = min(remaining, 38)
      divisor = ExactDecimal.powerOfTen(step)
      (value, remainder) = value.divided(by: divisor)
      remaining -= step
    }
    guard let quotient = value.narrow else { return nil }
    return Self.rounded(quotient, remainder: remainder, divisor: divisor, inexact: sticky, rule: rule, negative: negative)
  }

  /// `quotient` plus one when `rule` rounds the dropped part (`remainder` / `divisor`, with
  /// `inexact` for digits below it) away from zero; `nil` if that overflows.
  static func rounded(
    _ quotient: UInt128, remainder: UInt128, divisor: UInt128, inexact: Bool, rule: ExactDecimal.Rounding, negative: Bool
  ) -> UInt128? {
    let dropped = remainder != 0 || inexact
    let away: Bool
    switch rule {
    case .towardZero: away = false
    case .awayFromZero: away = dropped
    case .halfAwayFromZero: away = remainder != 0 && remainder >= divisor - remainder
    case .down: away = negative && dropped
    case .up: away = !negative && dropped
    }
    guard away else { return quotient }
    let (next, overflow) = quotient.addingReportingOverflow(1)
    return overflow ? nil : next
  }
}
