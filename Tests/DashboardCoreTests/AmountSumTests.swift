import ExchangeModel
import Foundation
import Testing

@testable import DashboardCore

/// The "All" tab's sums: exact, at the largest precision of their parts, and the integer fast
/// path writes exactly what the Decimal path writes.
@Suite struct AmountSumTests {
  static func amount(_ text: String) -> Amount { Amount(text)! }

  @Test func sumsAtTheLargestPrecisionAndKeepsNotApplicable() {
    #expect(AmountSum.sum([Self.amount("1.5"), Self.amount("2.25")])?.text == "3.75")
    #expect(AmountSum.sum([Self.amount("1.50"), Self.amount("-1.5")])?.text == "0.00")
    #expect(AmountSum.sum([Self.amount("-0.3"), Self.amount("0.1")])?.text == "-0.2")
    #expect(AmountSum.sum([Self.amount("12"), nil, Self.amount("0.000000000000000001")])?.text == "12.000000000000000001")
    #expect(AmountSum.sum([nil, Self.amount("7.10")])?.text == "7.10")
    #expect(AmountSum.sum([nil, nil]) == nil)
  }

  @Test func textsTheIntegerPathCannotTakeGoThroughDecimal() {
    // An exponent, more than 18 decimals, more than 64 bits: the Decimal path adds them.
    #expect(AmountSum.integerSum([Self.amount("1e-5"), Self.amount("1")]) == nil)
    #expect(AmountSum.sum([Self.amount("1e-5"), Self.amount("1")])?.text == "1.00001")
    let long = Self.amount("0.0000000000000000001")
    #expect(AmountSum.integerSum([long, long]) == nil)
    #expect(AmountSum.sum([long, long])?.text == "0.0000000000000000002")
    let huge = Self.amount("9223372036854775807")
    #expect(AmountSum.integerSum([huge, Self.amount("1")]) == nil)
    #expect(AmountSum.sum([huge, Self.amount("1")])?.text == "9223372036854775808")
  }

  @Test func theIntegerPathWritesWhatDecimalWrites() throws {
    var state: UInt64 = 20_261_121
    func next() -> UInt64 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return state >> 11
    }
    for _ in 0..<3_000 {
      let texts = (0..<Int(1 + next() % 4)).map { _ -> String in
        let decimals = Int(next() % 10)
        let integer = String(next() % 100_000_000 >> (next() % 27))
        let fraction = decimals == 0 ? "" : "." + String(String(next()).suffix(decimals))
        return (next() % 3 == 0 ? "-" : "") + integer + fraction
      }
      let amounts = texts.map(Self.amount)
      let digits = amounts.map(\.fractionDigits).max() ?? 0
      let fast = try #require(AmountSum.integerSum(amounts))
      let slow = Amount(amounts.reduce(Decimal(0)) { $0 + $1.value }, fractionDigits: digits)
      #expect(fast.text == slow.text, "\(texts)")
      #expect(fast.value == slow.value, "\(texts)")
    }
  }
}
