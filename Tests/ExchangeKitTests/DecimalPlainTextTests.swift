import Foundation
import Testing

@testable import ExchangeModel

@Suite("Decimal.plainText")
struct DecimalPlainTextTests {
  @Test("the storage layout check passes on this platform, so the fast path is the one tested")
  func layoutIsRecognised() {
    #expect(DecimalStorage.layoutMatches)
  }

  @Test(
    "reads sign, exponent and mantissa from the storage",
    arguments: [
      ("-123456.789", -3, true, UInt128(123_456_789)),
      ("0.000123", -6, false, UInt128(123)),
      ("79228162514264337593543950335", 0, false, UInt128(UInt64.max) << 32 | UInt128(UInt32.max)),
    ])
  func storage(text: String, exponent: Int, negative: Bool, mantissa: UInt128) throws {
    let value = try #require(Decimal(string: text))
    let storage = try #require(DecimalStorage(value))
    #expect(storage.exponent == exponent)
    #expect(storage.isNegative == negative)
    #expect(storage.mantissa == mantissa)
  }

  @Test(
    "prints exactly what description prints",
    arguments: [
      "0", "1", "-1", "1.5", "0.000123", "-0.5", "100", "150000", "12.000000000000000001",
      "-12345678901234567890.123456789", "0.00000000000000000000000000000000001", "1e20", "3402823669209384634633746074317682114",
      "18446744073709551615", "18446744073709551616", "-0.000000000000000000",
    ])
  func matchesDescription(text: String) throws {
    let value = try #require(Decimal(string: text))
    #expect(value.plainText == value.description)
  }

  @Test("matches description for sums, products, quotients and roundings of random amounts")
  func matchesDescriptionForArithmetic() {
    var generator = SplitMix(seed: 7)
    for _ in 0..<2_000 {
      let a = Decimal(
        sign: generator.next() % 2 == 0 ? .plus : .minus, exponent: -Int(generator.next() % 19),
        significand: Decimal(generator.next() % 10_000_000_000_000))
      let b = Decimal(sign: .plus, exponent: -Int(generator.next() % 9), significand: Decimal(generator.next() % 1_000_000 + 1))
      var input = a * b
      var rounded = Decimal()
      NSDecimalRound(&rounded, &input, Int(generator.next() % 12), .plain)
      for value in [a + b, a - b, a * b, a / b, rounded] {
        #expect(value.plainText == value.description, "\(value.description)")
      }
    }
  }
}

/// A small deterministic generator, so a failure names a reproducible value.
private struct SplitMix {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

@Suite("Amount at a fixed precision")
struct AmountFixedPrecisionTests {
  @Test(
    "writes exactly the digits asked for, padding or rounding half away from zero",
    arguments: [
      ("1.5", 2, "1.50"), ("1.005", 2, "1.01"), ("-1.005", 2, "-1.01"), ("0", 3, "0.000"), ("123", 0, "123"),
      ("12.34", 0, "12"), ("-0.0004", 3, "0.000"), ("99.999", 2, "100.00"),
      ("1.000000000000000001", 18, "1.000000000000000001"),
    ])
  func fixed(value: String, digits: Int, expected: String) throws {
    let amount = Amount(try #require(Decimal(string: value)), fractionDigits: digits)
    #expect(amount.text == expected)
    #expect(amount.value == Decimal(string: expected))
  }
}
