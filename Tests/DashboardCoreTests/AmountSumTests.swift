import ExchangeModel
import Foundation
import Testing

@testable import DashboardCore

/// The "All" tab's sums: exact, at the largest precision of their parts, whatever the texts.
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

  @Test func exponentsLongFractionsAndWideSums() {
    #expect(AmountSum.sum([Self.amount("1e-5"), Self.amount("1")])?.text == "1.00001")
    let long = Self.amount("0.0000000000000000001")
    #expect(AmountSum.sum([long, long])?.text == "0.0000000000000000002")
    let huge = Self.amount("9223372036854775807")
    #expect(AmountSum.sum([huge, Self.amount("1")])?.text == "9223372036854775808")
  }

  @Test("a sum that does not fit 38 digits is no figure, not a wrong one")
  func overflowIsNotApplicable() {
    let largest = Self.amount(String(repeating: "9", count: 38))
    #expect(AmountSum.sum([largest, Self.amount("1")]) == nil)
  }

  @Test("sums of seeded random texts match Foundation's Decimal rounded the same way")
  func agreesWithFoundation() throws {
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
      let sum = try #require(AmountSum.sum(amounts))
      let reference = try texts.reduce(Decimal(0)) { $0 + (try #require(Decimal(string: $1))) }
      #expect(Decimal(string: sum.text) == reference, "\(texts)")
      if texts.count > 1 {
        #expect(sum.text.split(separator: ".").dropFirst().first?.count ?? 0 == digits, "\(texts)")
      }
    }
  }
}
