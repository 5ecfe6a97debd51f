import ExchangeModel

/// The simulator's arithmetic: the model's `ExactDecimal`, under the name the market and the
/// account builders use.
typealias FixedPoint = ExactDecimal

/// Operators with the simulator's precision: sums and differences exact, products rounded half
/// away from zero beyond `simulatorScale` decimals, quotients at that scale.
///
/// They trap on overflow, which the simulator's own figures (balances of at most 10¹² at 8
/// decimals, prices at up to 10 decimals, all from its tables) never come near; nothing a client
/// sends reaches them. The model's checked methods are for figures from outside.
extension ExactDecimal {
  /// Decimals kept by products and quotients.
  static let simulatorScale = 20

  /// `units` × 10⁻ˢᶜᵃˡᵉ, for the simulator's own small constants.
  init(units: Int128, scale: Int) {
    guard let value = ExactDecimal(coefficient: units, scale: scale) else {
      preconditionFailure("simulator figure \(units)e-\(scale) out of range")
    }
    self = value
  }

  static func + (lhs: ExactDecimal, rhs: ExactDecimal) -> ExactDecimal {
    checked(lhs.adding(rhs))
  }

  static func - (lhs: ExactDecimal, rhs: ExactDecimal) -> ExactDecimal {
    checked(lhs.subtracting(rhs))
  }

  static func * (lhs: ExactDecimal, rhs: ExactDecimal) -> ExactDecimal {
    checked(lhs.multiplied(by: rhs, scale: simulatorScale))
  }

  /// Declared here too: the operators above would otherwise hide the model's negation.
  static prefix func - (operand: ExactDecimal) -> ExactDecimal {
    checked(ExactDecimal.zero.subtracting(operand))
  }

  static func += (lhs: inout ExactDecimal, rhs: ExactDecimal) { lhs = lhs + rhs }
  static func -= (lhs: inout ExactDecimal, rhs: ExactDecimal) { lhs = lhs - rhs }
  static func *= (lhs: inout ExactDecimal, rhs: ExactDecimal) { lhs = lhs * rhs }

  /// `self / divisor` rounded half away from zero to `scale` decimals. Division by zero is zero:
  /// callers guard it where zero is not the answer.
  func quotient(dividingBy divisor: ExactDecimal, scale: Int = ExactDecimal.simulatorScale) -> ExactDecimal {
    guard !divisor.isZero else { return 0 }
    return Self.checked(divided(by: divisor, scale: scale))
  }

  /// `quotient(dividingBy:)` at `simulatorScale`.
  func divided(by divisor: ExactDecimal) -> ExactDecimal {
    quotient(dividingBy: divisor)
  }

  /// The same value written with exactly `target` decimals.
  func rescaled(to target: Int) -> ExactDecimal {
    Self.checked(rescaled(to: target, rounding: .halfAwayFromZero))
  }

  private static func checked(_ value: ExactDecimal?) -> ExactDecimal {
    guard let value else { preconditionFailure("simulator figure out of range") }
    return value
  }
}
