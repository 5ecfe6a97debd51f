/// An exact decimal held as a count of 10⁻ˢᶜᵃˡᵉ units in an `Int128`: the simulator's arithmetic.
///
/// Foundation's `Decimal` allocates on most operations (rounding, adding across exponents), and
/// pricing both demo accounts every second with it cost about a third of `margintop --demo`'s CPU.
/// Sums, differences and comparisons are exact. Products are exact up to `maximumScale` decimals
/// and rounded half away from zero beyond it; quotients are rounded at the scale asked for. The
/// simulator's figures (balances of at most 10¹² at 8 decimals, prices at up to 10 decimals) stay
/// far inside the 38 digits an `Int128` holds.
struct FixedPoint: Sendable, Hashable, Comparable, SignedNumeric, CustomStringConvertible {
  /// The value in units of 10⁻ˢᶜᵃˡᵉ.
  private(set) var units: Int128
  /// Decimals after the point, 0 ... `maximumScale`.
  private(set) var scale: Int

  /// Products carrying more decimals than this are rounded to it.
  static let maximumScale = 20

  init(units: Int128, scale: Int) {
    precondition((0...FixedPoint.maximumScale).contains(scale), "scale \(scale) out of range")
    self.units = units
    self.scale = scale
  }

  init(_ value: Int) {
    self.init(units: Int128(value), scale: 0)
  }

  init(integerLiteral value: Int) {
    self.init(value)
  }

  init?<T: BinaryInteger>(exactly source: T) {
    guard let units = Int128(exactly: source) else { return nil }
    self.init(units: units, scale: 0)
  }

  /// Parses a plain decimal literal (`"1.84215637"`, `"-0.00001"`); `nil` for anything else or for
  /// more than `maximumScale` decimals.
  init?(_ text: String) {
    var units: Int128 = 0
    var scale = 0
    var digits = 0
    var seenPoint = false
    var negative = false
    for (offset, byte) in text.utf8.enumerated() {
      if offset == 0, byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") {
        negative = byte == UInt8(ascii: "-")
      } else if byte == UInt8(ascii: "."), !seenPoint {
        seenPoint = true
      } else if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9"), digits < 38 {
        units = units * 10 + Int128(byte - UInt8(ascii: "0"))
        digits += 1
        if seenPoint { scale += 1 }
      } else {
        return nil
      }
    }
    guard digits > 0, scale <= FixedPoint.maximumScale else { return nil }
    self.init(units: negative ? -units : units, scale: scale)
  }

  var magnitude: FixedPoint { FixedPoint(units: abs(units), scale: scale) }

  var isZero: Bool { units == 0 }

  /// The plain text with exactly `scale` decimals (`"-12.50"`, `"0.000"`, `"3000"`).
  var description: String {
    var digits = Array(String(units.magnitude).utf8)
    if digits.count <= scale { digits.insert(contentsOf: repeatElement(UInt8(ascii: "0"), count: scale + 1 - digits.count), at: 0) }
    if scale > 0 { digits.insert(UInt8(ascii: "."), at: digits.count - scale) }
    if units < 0 { digits.insert(UInt8(ascii: "-"), at: 0) }
    return String(decoding: digits, as: UTF8.self)
  }

  /// The same value with trailing zero decimals dropped (`1.500` → `1.5`, `0.0` → `0`).
  var normalized: FixedPoint {
    var result = self
    while result.scale > 0, result.units % 10 == 0 {
      result.units /= 10
      result.scale -= 1
    }
    return result
  }

  /// Rounded half away from zero to at most `scale` decimals (a value with fewer is unchanged).
  func rounded(scale target: Int) -> FixedPoint {
    guard scale > target else { return self }
    let divisor = FixedPoint.powerOfTen(scale - target)
    let (quotient, remainder) = units.quotientAndRemainder(dividingBy: divisor)
    return FixedPoint(units: quotient + FixedPoint.roundingStep(remainder, divisor, negative: units < 0), scale: max(0, target))
  }

  /// The same value written with exactly `target` decimals, rounding half away from zero when it
  /// has more.
  func rescaled(to target: Int) -> FixedPoint {
    guard scale < target else { return rounded(scale: target) }
    return FixedPoint(units: units * FixedPoint.powerOfTen(target - scale), scale: target)
  }

  /// `self / divisor`, rounded half away from zero to `scale` decimals. Division by zero is zero:
  /// callers guard it where zero is not the answer.
  func divided(by divisor: FixedPoint, scale target: Int = FixedPoint.maximumScale) -> FixedPoint {
    var divisor = divisor.normalized
    guard !divisor.isZero else { return 0 }
    // 10^38 is the largest power an Int128 holds: a divisor with more decimals than that allows
    // loses its last ones (beyond 18 significant digits, where the quotient cannot show them).
    let excess = target + divisor.scale - scale - 38
    if excess > 0 { divisor = divisor.rounded(scale: divisor.scale - excess) }
    guard !divisor.isZero else { return 0 }
    // self.units·10^(target + divisor.scale − scale) / divisor.units has `target` decimals.
    let shift = target + divisor.scale - scale
    var numerator = (high: Int128(units < 0 ? -1 : 0), low: UInt128(truncatingIfNeeded: units))
    var denominator = divisor.units
    if shift >= 0 {
      numerator = units.multipliedFullWidth(by: FixedPoint.powerOfTen(shift))
    } else {
      denominator *= FixedPoint.powerOfTen(-shift)
    }
    let (quotient, remainder) = denominator.dividingFullWidth(numerator)
    let negative = (units < 0) != (denominator < 0)
    return FixedPoint(units: quotient + FixedPoint.roundingStep(remainder, denominator, negative: negative), scale: target)
  }

  static func + (lhs: FixedPoint, rhs: FixedPoint) -> FixedPoint {
    let scale = max(lhs.scale, rhs.scale)
    return FixedPoint(units: lhs.units(at: scale) + rhs.units(at: scale), scale: scale)
  }

  static func - (lhs: FixedPoint, rhs: FixedPoint) -> FixedPoint {
    let scale = max(lhs.scale, rhs.scale)
    return FixedPoint(units: lhs.units(at: scale) - rhs.units(at: scale), scale: scale)
  }

  static func * (lhs: FixedPoint, rhs: FixedPoint) -> FixedPoint {
    let scale = lhs.scale + rhs.scale
    let (product, overflow) = lhs.units.multipliedReportingOverflow(by: rhs.units)
    if !overflow {
      return scale <= maximumScale
        ? FixedPoint(units: product, scale: scale)
        : FixedPoint(unchecked: product, scale: scale).rounded(scale: maximumScale)
    }
    // Too wide for 128 bits: divide the 256-bit product down to `maximumScale` decimals.
    let excess = scale - maximumScale
    precondition(excess > 0, "FixedPoint product out of range")
    let divisor = powerOfTen(excess)
    let (quotient, remainder) = divisor.dividingFullWidth(lhs.units.multipliedFullWidth(by: rhs.units))
    let negative = (lhs.units < 0) != (rhs.units < 0)
    return FixedPoint(units: quotient + roundingStep(remainder, divisor, negative: negative), scale: maximumScale)
  }

  static func += (lhs: inout FixedPoint, rhs: FixedPoint) { lhs = lhs + rhs }
  static func -= (lhs: inout FixedPoint, rhs: FixedPoint) { lhs = lhs - rhs }
  static func *= (lhs: inout FixedPoint, rhs: FixedPoint) { lhs = lhs * rhs }

  static prefix func - (operand: FixedPoint) -> FixedPoint {
    FixedPoint(units: -operand.units, scale: operand.scale)
  }

  mutating func negate() { units = -units }

  static func < (lhs: FixedPoint, rhs: FixedPoint) -> Bool {
    let scale = max(lhs.scale, rhs.scale)
    return lhs.units(at: scale) < rhs.units(at: scale)
  }

  /// Equal values are equal whatever their scale (`1.50` == `1.5`).
  static func == (lhs: FixedPoint, rhs: FixedPoint) -> Bool {
    let scale = max(lhs.scale, rhs.scale)
    return lhs.units(at: scale) == rhs.units(at: scale)
  }

  func hash(into hasher: inout Hasher) {
    let normal = normalized
    hasher.combine(normal.units)
    hasher.combine(normal.scale)
  }

  /// A product's units before rounding, when its scale may exceed `maximumScale`.
  private init(unchecked units: Int128, scale: Int) {
    self.units = units
    self.scale = scale
  }

  private func units(at target: Int) -> Int128 {
    target == scale ? units : units * FixedPoint.powerOfTen(target - scale)
  }

  /// +1 or −1 (towards the sign of the exact quotient) when the remainder is at least half the
  /// divisor, else 0: rounding half away from zero after a truncating division.
  private static func roundingStep(_ remainder: Int128, _ divisor: Int128, negative: Bool) -> Int128 {
    guard remainder != 0, remainder.magnitude * 2 >= divisor.magnitude else { return 0 }
    return negative ? -1 : 1
  }

  private static let powersOfTen: [Int128] = (0...38).map { exponent in
    (0..<exponent).reduce(Int128(1)) { power, _ in power * 10 }
  }

  private static func powerOfTen(_ exponent: Int) -> Int128 {
    powersOfTen[exponent]
  }
}
