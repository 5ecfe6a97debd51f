import Testing

@testable import ExchangeModel

@Suite("Amount at a fixed precision")
struct AmountFixedPrecisionTests {
  @Test(
    "writes exactly the digits asked for, padding or rounding half away from zero",
    arguments: [
      ("1.5", 2, "1.50"), ("1.005", 2, "1.01"), ("-1.005", 2, "-1.01"), ("0", 3, "0.000"), ("123", 0, "123"),
      ("12.34", 0, "12"), ("-0.0004", 3, "0.000"), ("99.999", 2, "100.00"),
      ("1.000000000000000001", 18, "1.000000000000000001"), ("1e3", 2, "1000.00"), ("1e30", 0, "1" + String(repeating: "0", count: 30)),
    ])
  func fixed(value: String, digits: Int, expected: String) throws {
    let amount = Amount(try dec(value), fractionDigits: digits)
    #expect(amount.text == expected)
    #expect(amount.value == ExactDecimal(expected))
  }
}
