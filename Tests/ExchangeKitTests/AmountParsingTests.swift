import ExchangeKit
import Foundation
import Testing

@testable import ExchangeModel

/// `Amount` reads what Foundation's general parser reads and keeps the text as sent.
@Suite struct AmountParsingTests {
  private func general(_ text: String) -> Decimal? {
    Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))
  }

  @Test(arguments: [
    "0", "-0", "+5", "0.000000000000000000", "12.000000000000000001", "0.6612664522199999", "-7.545600000000006",
    "43749372.50896299", "1234567890123456789", "12345678901234567890", ".5", "5.", "-0.00",
    "0.000000000000000000000000000012345", "-000123.4500", "0." + String(repeating: "0", count: 120) + "1", "1e-7",
    "9.01E+07",
  ])
  func agreesWithFoundation(_ text: String) throws {
    let amount = try #require(Amount(text))
    #expect(general(amount.value.plainText) == general(text))
    #expect(amount.text == text)
  }

  @Test(arguments: ["", " 1", "1.2.3", "-", ".", "abc", "1,5", "0x10", "١٢", "--1", "1-"])
  func nonNumbersAreRejected(_ text: String) {
    #expect(Amount(text) == nil)
  }

  @Test func exponentsKeepTheirScale() throws {
    #expect(try #require(Amount("1e-7")).value == ExactDecimal("0.0000001"))
    #expect(try #require(Amount("1e-7")).fractionDigits == 7)
    #expect(try #require(Amount("9.01E+07")).value == 90_100_000)
  }
}
