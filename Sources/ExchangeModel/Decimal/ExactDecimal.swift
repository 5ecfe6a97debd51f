/// An exact decimal number: a signed coefficient of at most 38 digits times a power of ten.
///
/// The one decimal type of the model, the "All" tab's sums, the risk rules, the alert rules and
/// the simulator. `coefficient × 10^-scale` is the value: `"-12.50"` is -1250 at scale 2, `"1e30"`
/// is 1 at scale -30. Sums, differences, products and comparisons are exact; quotients and
/// roundings say their precision and rule. Arithmetic whose result does not fit (more than 38
/// significant digits, or a scale outside `scaleRange`) returns `nil`, never traps: callers treat
/// such a figure as unknown. Equal values are equal whatever their scale (`1.50 == 1.5`).
public struct ExactDecimal: Sendable, Hashable, Comparable, ExpressibleByIntegerLiteral, CustomStringConvertible {
  /// The digits of the value as an integer; its magnitude is below 10^38.
  public let coefficient: Int128
  /// Digits after the point; negative for a value with zeros before the point (`1e30` is -30).
  public let scale: Int

  /// Most significant digits a value holds: venues send at most about 30.
  public static let maximumDigits = 38
  /// Scales a value may have: Foundation `Decimal`'s exponent range, which the venues stay within.
  public static let scaleRange = -127...128

  /// The value `coefficient × 10^-scale`; `nil` when the coefficient has more than 38 digits or
  /// the scale is outside `scaleRange`.
  public init?(coefficient: Int128, scale: Int) {
    guard coefficient.magnitude < Self.coefficientLimit, Self.scaleRange.contains(scale) else { return nil }
    self.coefficient = coefficient
    self.scale = scale
  }

  /// An integer (every `Int` has at most 19 digits).
  public init(_ value: Int) {
    self.init(unchecked: Int128(value), scale: 0)
  }

  public init(integerLiteral value: Int) {
    self.init(value)
  }

  /// A value whose bounds the caller has checked.
  init(unchecked coefficient: Int128, scale: Int) {
    self.coefficient = coefficient
    self.scale = scale
  }

  public static let zero = ExactDecimal(0)

  /// True for zero at any scale (`0`, `0.000`, `-0`).
  public var isZero: Bool { coefficient == 0 }

  /// True below zero.
  public var isNegative: Bool { coefficient < 0 }

  /// The absolute value (always representable: the coefficient's range is symmetric).
  public var magnitude: ExactDecimal { ExactDecimal(unchecked: Int128(coefficient.magnitude), scale: scale) }

  public static prefix func - (operand: ExactDecimal) -> ExactDecimal {
    ExactDecimal(unchecked: -operand.coefficient, scale: operand.scale)
  }

  /// The same value with trailing zero decimals dropped (`1.500` → `1.5`, `0.0` → `0`); zeros
  /// before the point stay in the coefficient.
  public var normalized: ExactDecimal {
    guard coefficient != 0 else { return .zero }
    var units = coefficient
    var scale = scale
    while scale > 0, units % 10 == 0 {
      units /= 10
      scale -= 1
    }
    return ExactDecimal(unchecked: units, scale: scale)
  }

  public static func < (lhs: ExactDecimal, rhs: ExactDecimal) -> Bool {
    compare(lhs, rhs) < 0
  }

  public static func == (lhs: ExactDecimal, rhs: ExactDecimal) -> Bool {
    compare(lhs, rhs) == 0
  }

  public func hash(into hasher: inout Hasher) {
    // Equal values hash alike: trailing zeros, wherever they are, do not count.
    var units = coefficient
    var scale = scale
    while units != 0, units % 10 == 0 {
      units /= 10
      scale -= 1
    }
    hasher.combine(units)
    hasher.combine(units == 0 ? 0 : scale)
  }

  /// -1, 0 or 1 as `lhs` is below, equal to or above `rhs`, for any two values (no overflow:
  /// values whose leading digits sit at different powers of ten are ordered without aligning).
  static func compare(_ lhs: ExactDecimal, _ rhs: ExactDecimal) -> Int {
    let lhsSign = lhs.coefficient.signum()
    let rhsSign = rhs.coefficient.signum()
    if lhsSign != rhsSign { return lhsSign < rhsSign ? -1 : 1 }
    if lhsSign == 0 { return 0 }
    let order = compareMagnitudes(lhs, rhs)
    return lhsSign > 0 ? order : -order
  }

  private static func compareMagnitudes(_ lhs: ExactDecimal, _ rhs: ExactDecimal) -> Int {
    var a = lhs.coefficient.magnitude
    var b = rhs.coefficient.magnitude
    if lhs.scale != rhs.scale {
      // The power of ten of the leading digit decides unless it is the same; then the scales
      // differ by less than 38 and the aligned coefficient stays below 10^38.
      let leadingA = digitCount(a) - lhs.scale
      let leadingB = digitCount(b) - rhs.scale
      if leadingA != leadingB { return leadingA < leadingB ? -1 : 1 }
      if lhs.scale < rhs.scale { a *= powerOfTen(rhs.scale - lhs.scale) } else { b *= powerOfTen(lhs.scale - rhs.scale) }
    }
    return a == b ? 0 : (a < b ? -1 : 1)
  }

  /// How many digits the value has before the point, counting from its leading digit (`123.4`
  /// is 3, `0.05` is -1); for sizing a result before computing it.
  public var leadingDigitPosition: Int {
    Self.digitCount(coefficient.magnitude) - scale
  }

  /// Decimal digits of `value` (1 for zero).
  static func digitCount(_ value: UInt128) -> Int {
    var count = 1
    while count < powersOfTen.count, value >= powersOfTen[count] { count += 1 }
    return count
  }

  /// Exclusive bound of a coefficient's magnitude: 10^38.
  static let coefficientLimit: UInt128 = powersOfTen[38]

  /// 10^0 ... 10^38, every power of ten a `UInt128` holds.
  static let powersOfTen: [UInt128] = (0...38).map { exponent in
    (0..<exponent).reduce(UInt128(1)) { power, _ in power * 10 }
  }

  /// 10^`exponent` for 0 ... 38.
  static func powerOfTen(_ exponent: Int) -> UInt128 {
    powersOfTen[exponent]
  }
}
