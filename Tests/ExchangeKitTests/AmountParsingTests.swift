import ExchangeKit
import Foundation
import Testing

@testable import ExchangeModel

/// `Amount`'s fast path for plain decimals agrees exactly with Foundation's general parser.
@Suite struct AmountParsingTests {
  private func general(_ text: String) -> Decimal? {
    Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))
  }

  @Test(arguments: [
    "0", "-0", "+5", "0.000000000000000000", "12.000000000000000001", "0.6612664522199999", "-7.545600000000006",
    "43749372.50896299", "1234567890123456789", "12345678901234567890", ".5", "5.", "-0.00",
    "0.000000000000000000000000000012345", "-000123.4500", "0." + String(repeating: "0", count: 120) + "1",
  ])
  func plainDecimalsAgree(_ text: String) throws {
    let amount = try #require(Amount(text))
    #expect(amount.value == general(text))
    #expect(amount.text == text)
  }

  @Test(arguments: ["", " 1", "1.2.3", "-", ".", "abc", "1,5", "0x10", "١٢", "--1", "1-"])
  func nonNumbersAreRejected(_ text: String) {
    #expect(Amount(text) == nil)
  }

  @Test("leading zeros do not count toward the fast path's 19 digits; more significant digits go to the general parser")
  func significantDigits() {
    #expect(Amount.plainDecimal("0.000000000000000000") == 0)
    #expect(Amount.plainDecimal("0.0000000000001234567890123456789") != nil)
    #expect(Amount.plainDecimal("12.000000000000000001") == nil)
  }

  @Test func exponentsTakeTheGeneralPath() throws {
    #expect(Amount.plainDecimal("1e-7") == nil)
    #expect(try #require(Amount("1e-7")).value == general("0.0000001"))
    #expect(try #require(Amount("9.01E+07")).value == 90_100_000)
  }

  @Test func agreesOnEveryStringInTheFixtures() throws {
    var strings: [String] = []
    func collect(_ field: RawField) {
      switch field {
      case .string(let s), .number(let s): strings.append(s)
      case .array(let items): items.forEach(collect)
      case .object(let members): members.values.forEach(collect)
      case .bool, .null: break
      }
    }
    for name in try Fixtures.all() { collect(try JSONParser.parse(Fixtures.data(name))) }
    var plain = 0
    for text in strings {
      guard let fast = Amount.plainDecimal(text) else { continue }
      plain += 1
      #expect(fast == general(text), "\(text)")
    }
    #expect(plain > 1000)
  }
}
