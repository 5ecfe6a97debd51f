import ExchangeModel
import Foundation
import Testing

/// `ExactDecimal`'s arithmetic against references: Foundation's `Decimal` where it is exact
/// (sums, and products of at most 38 digits), Python's `decimal` for a checked table of
/// quotients, and its own products for the division property.
@Suite struct ExactDecimalArithmeticTests {
  /// A random decimal text: up to 19 digits, up to 18 of them after the point, either sign.
  private static func randomText(_ generator: inout SeededGenerator) -> String {
    let digits = String((generator.next() % 10_000_000_000_000_000_000) >> (generator.next() % 64))
    let scale = Int(generator.next() % 19)
    var text = digits
    if scale > 0 {
      if text.count <= scale { text = String(repeating: "0", count: scale + 1 - text.count) + text }
      text.insert(".", at: text.index(text.endIndex, offsetBy: -scale))
    }
    return (generator.next() % 3 == 0 ? "-" : "") + text
  }

  private static func reference(_ text: String) -> Decimal? {
    Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))
  }

  @Test("sums, differences and products agree with Foundation's Decimal over seeded random inputs")
  func againstFoundation() throws {
    var generator = SeededGenerator(seed: 20_261_202)
    for _ in 0..<5_000 {
      let (x, y) = (Self.randomText(&generator), Self.randomText(&generator))
      let a = try #require(ExactDecimal(x))
      let b = try #require(ExactDecimal(y))
      let (ra, rb) = (try #require(Self.reference(x)), try #require(Self.reference(y)))
      #expect(a.adding(b).flatMap { Self.reference($0.plainText) } == ra + rb, "\(x) + \(y)")
      #expect(a.subtracting(b).flatMap { Self.reference($0.plainText) } == ra - rb, "\(x) - \(y)")
      // Two 19-digit factors make at most 38 digits: exact in both.
      #expect(a.multiplied(by: b).flatMap { Self.reference($0.plainText) } == ra * rb, "\(x) * \(y)")
      #expect((a < b) == (ra < rb), "\(x) < \(y)")
      #expect((a == b) == (ra == rb), "\(x) == \(y)")
      #expect(a.plainText == ra.description, "\(x)")
    }
  }

  @Test("a quotient is the exact one cut at its scale: q·b ≤ a < (q + ulp)·b when truncated")
  func divisionProperty() throws {
    var generator = SeededGenerator(seed: 42)
    var checked = 0
    for _ in 0..<3_000 {
      let a = try #require(ExactDecimal(Self.randomText(&generator)).map(\.magnitude))
      let b = try #require(ExactDecimal(Self.randomText(&generator)).map(\.magnitude))
      guard !b.isZero else { continue }
      let scale = Int(generator.next() % 12)
      guard let q = a.divided(by: b, scale: scale, rounding: .towardZero) else { continue }
      let ulp = try #require(ExactDecimal(coefficient: 1, scale: scale))
      // Checked only where the exact products fit 38 digits (most draws).
      guard let low = q.multiplied(by: b), let high = q.adding(ulp)?.multiplied(by: b) else { continue }
      checked += 1
      #expect(low <= a && a < high, "\(a) / \(b) at \(scale) = \(q)")
      let nearest = try #require(a.divided(by: b, scale: scale))
      #expect(nearest == q || nearest == q.adding(ulp), "\(a) / \(b) at \(scale)")
    }
    #expect(checked > 1_000)
  }

  @Test(
    "quotients at a stated scale under each rounding rule, checked against Python's decimal",
    arguments: [
      ("1", "3", 20, ["0.33333333333333333333", "0.33333333333333333333", "0.33333333333333333334", "0.33333333333333333333", "0.33333333333333333334"]),
      ("2", "3", 20, ["0.66666666666666666667", "0.66666666666666666666", "0.66666666666666666667", "0.66666666666666666666", "0.66666666666666666667"]),
      ("-2", "3", 20, ["-0.66666666666666666667", "-0.66666666666666666666", "-0.66666666666666666667", "-0.66666666666666666667", "-0.66666666666666666666"]),
      ("1", "7", 10, ["0.1428571429", "0.1428571428", "0.1428571429", "0.1428571428", "0.1428571429"]),
      ("7.545600000000006", "0.6612664522199999", 10, ["11.4108314049", "11.4108314049", "11.4108314050", "11.4108314049", "11.4108314050"]),
      ("9.542349347713226", "152550.80919105993", 10, ["0.0000625519", "0.0000625519", "0.0000625520", "0.0000625519", "0.0000625520"]),
      ("1", "15986.632239614408", 10, ["0.0000625523", "0.0000625522", "0.0000625523", "0.0000625522", "0.0000625523"]),
      ("43749372.50896299", "-1.06126645222", 8, ["-41223740.19968905", "-41223740.19968904", "-41223740.19968905", "-41223740.19968905", "-41223740.19968904"]),
      ("0.000000000000000001", "3", 20, ["0.00000000000000000033", "0.00000000000000000033", "0.00000000000000000034", "0.00000000000000000033", "0.00000000000000000034"]),
      ("123456789012345678901234567890", "0.0001", 0, ["1234567890123456789012345678900000", "1234567890123456789012345678900000", "1234567890123456789012345678900000", "1234567890123456789012345678900000", "1234567890123456789012345678900000"]),
      ("1", "0.000000001", 0, ["1000000000", "1000000000", "1000000000", "1000000000", "1000000000"]),
      ("5", "2", 0, ["3", "2", "3", "2", "3"]),
      ("-5", "2", 0, ["-3", "-2", "-3", "-3", "-2"]),
      ("1", "8", 2, ["0.13", "0.12", "0.13", "0.12", "0.13"]),
      ("-1", "8", 2, ["-0.13", "-0.12", "-0.13", "-0.13", "-0.12"]),
      ("1", "1e-30", 5, ["1000000000000000000000000000000.00000", "1000000000000000000000000000000.00000", "1000000000000000000000000000000.00000", "1000000000000000000000000000000.00000", "1000000000000000000000000000000.00000"]),
      ("2.5", "1e20", 21, ["0.000000000000000000025", "0.000000000000000000025", "0.000000000000000000025", "0.000000000000000000025", "0.000000000000000000025"]),
      ("1.005", "1", 2, ["1.01", "1.00", "1.01", "1.00", "1.01"]),
      ("-1.005", "1", 2, ["-1.01", "-1.00", "-1.01", "-1.01", "-1.00"]),
      ("0.123456789", "0.5", 3, ["0.247", "0.246", "0.247", "0.246", "0.247"]),
      ("0.000000000000000001", "3", 0, ["0", "0", "1", "0", "1"]),
      ("0.5", "1", 0, ["1", "0", "1", "0", "1"]),
      ("-2.5", "1", 0, ["-3", "-2", "-3", "-3", "-2"]),
      ("12.345678901234567890123", "0.1", 2, ["123.46", "123.45", "123.46", "123.45", "123.46"]),
    ])
  func quotients(dividend: String, divisor: String, scale: Int, expected: [String]) throws {
    let rules: [ExactDecimal.Rounding] = [.halfAwayFromZero, .towardZero, .awayFromZero, .down, .up]
    let a = try #require(ExactDecimal(dividend))
    let b = try #require(ExactDecimal(divisor))
    for (rule, text) in zip(rules, expected) {
      let q = try #require(a.divided(by: b, scale: scale, rounding: rule))
      #expect(q.textAtScale == text, "\(dividend) / \(divisor) at \(scale), \(rule)")
    }
  }

  @Test("rounding to fewer decimals: half away from zero, with the carry")
  func rounding() throws {
    let cases: [(String, Int, String)] = [
      ("1.005", 2, "1.01"), ("-1.005", 2, "-1.01"), ("1.004999", 2, "1.00"), ("9.995", 2, "10.00"),
      ("99999999999999999999999999999999999999", -1, "100000000000000000000000000000000000000"),
      ("0.4", 0, "0"), ("-0.5", 0, "-1"), ("123.456", 5, "123.456"),
    ]
    for (text, scale, expected) in cases {
      #expect(try dec(text).rounded(scale: scale) == dec(expected), "\(text)")
    }
    #expect(try dec("-0.0004").text(fractionDigits: 3) == "0.000")
    #expect(try dec("1e3").text(fractionDigits: 2) == "1000.00")
    #expect(try dec("2.5").integer() == 3)
    #expect(try dec("1e30").integer() == nil)
  }

  @Test("results beyond 38 digits or the scale range are nil, never a trap")
  func overflowIsNil() throws {
    let largest = try dec(String(repeating: "9", count: 38))
    #expect(largest.adding(1) == nil)
    #expect((-largest).subtracting(1) == nil)
    #expect(largest.multiplied(by: largest) == nil)
    #expect(largest.multiplied(by: 10) == nil)
    #expect(largest.divided(by: try dec("0.001"), scale: 0) == nil)
    #expect(ExactDecimal(1).divided(by: 0, scale: 2) == nil)
    #expect(try dec("1e127").adding(dec("1e-127")) == nil)
    #expect(try dec("1e100").rescaled(to: 2) == nil)
    #expect(ExactDecimal(coefficient: 1, scale: 129) == nil)
    #expect(ExactDecimal(String(repeating: "9", count: 39)) == nil)
    // The exact product rounded at a scale fits where the exact one does not.
    let third = try #require(ExactDecimal(1).divided(by: 3, scale: 37))
    #expect(third.multiplied(by: third) == nil)
    #expect(third.multiplied(by: third, scale: 20)?.textAtScale == "0.11111111111111111111")
  }

  @Test("moving the point is exact in range and held at the range's ends")
  func timesPowerOfTen() throws {
    #expect(try dec("0.9103").timesPowerOfTen(2).textAtScale == "91.03")
    #expect(try dec("5").timesPowerOfTen(-3).textAtScale == "0.005")
    #expect(try dec("1e127").timesPowerOfTen(1) == dec("1e128"))
    #expect(try dec("1e-128").timesPowerOfTen(-1) == 0)
    let huge = try dec("-" + String(repeating: "9", count: 38) + "e127")
    #expect(huge.timesPowerOfTen(2) == (try dec("-" + String(repeating: "9", count: 38) + "e127")))
  }

  @Test("values compare exactly across any scales without aligning them")
  func comparisonsAcrossScales() throws {
    let values = try ["-1e127", "-5", "-0.000001", "0", "1e-128", "0.5", "0.50", "1", "1.0000000000000000000000000000000000001", "1e37", "1e127"]
      .map { try #require(ExactDecimal($0), "\($0)") }
    for (i, a) in values.enumerated() {
      for (j, b) in values.enumerated() {
        #expect((a < b) == (i < j && !(i == 5 && j == 6)), "\(a.plainText) < \(b.plainText)")
      }
    }
    #expect(values[5] == values[6])
    #expect(Set([values[5], values[6]]).count == 1)
  }
}

/// A decimal the test writes itself.
func dec(_ text: String) throws -> ExactDecimal {
  try #require(ExactDecimal(text), "\(text)")
}

/// A seeded linear congruential generator, so a failure names a reproducible value.
struct SeededGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    return state ^ (state >> 29)
  }
}
