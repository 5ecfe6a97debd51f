import ExchangeKit
import ExchangeModel
import Foundation
import Testing

/// The recorded payloads against ccxt's published output, where ccxt and the common view define
/// a figure the same way (docs/exchange.md lists where they differ, and why).
@Suite struct CCXTAgreementTests {
  /// ccxt's expected output: currency -> figure -> exact decimal (parsed from the JSON literal).
  private func expected(_ name: String) throws -> (currencies: [String: [String: ExactDecimal]], timestamp: ExactDecimal?) {
    guard case .object(let root) = try JSONParser.parse(Fixtures.data(name)) else { return ([:], nil) }
    var currencies: [String: [String: ExactDecimal]] = [:]
    for (code, value) in root where code.uppercased() == code {
      guard case .object(let figures) = value else { continue }
      var parsed: [String: ExactDecimal] = [:]
      for (figure, literal) in figures {
        if case .number(let text) = literal { parsed[figure] = ExactDecimal(text) }
      }
      currencies[code] = parsed
    }
    var timestamp: ExactDecimal?
    if case .number(let text)? = root["timestamp"] { timestamp = ExactDecimal(text) }
    return (currencies, timestamp)
  }

  @Test func okxTotalIsEquityAndFreeIsAvailable() throws {
    let ccxt = try expected("okx-balance-multiccy-ccxt.ccxt-expected.json")
    let snapshot = try OKXBalanceDecoder.decode(
      Fixtures.data("okx-balance-multiccy-ccxt.json"), accountName: "a", mode: .multiCurrencyMargin,
      fetchedAt: Date())
    #expect(snapshot.currencies.count == ccxt.currencies.count)
    for currency in snapshot.currencies {
      let figures = try #require(ccxt.currencies[currency.currency])
      #expect(currency.equity?.value == figures["total"], "\(currency.currency) total")
      #expect(currency.available?.value == figures["free"], "\(currency.currency) free")
    }
    let millis = try #require(ccxt.timestamp)
    let exchangeTime = try #require(snapshot.exchangeTime)
    #expect(ExactDecimal(Int((exchangeTime.timeIntervalSince1970 * 1000).rounded())) == millis)
  }

  @Test func okxFrozenDiffersFromCCXTUsed() throws {
    // ccxt's `used` is eq − availEq; the common view's `frozen` is OKX's own frozenBal.
    let snapshot = try OKXBalanceDecoder.decode(
      Fixtures.data("okx-balance-multiccy-ccxt.json"), accountName: "a", mode: .multiCurrencyMargin,
      fetchedAt: Date())
    let usdt = try #require(snapshot.currencies.first { $0.currency == "USDT" })
    let ccxt = try expected("okx-balance-multiccy-ccxt.ccxt-expected.json")
    #expect(usdt.frozen?.value != ccxt.currencies["USDT"]?["used"])
  }

  @Test func bybitTotalIsWalletBalanceAndDebtIsLiabilitiesPlusInterest() throws {
    let ccxt = try expected("bybit-wallet-UNIFIED-ccxt.ccxt-expected.json")
    let snapshot = try BybitWalletDecoder.decode(
      Fixtures.data("bybit-wallet-UNIFIED-ccxt.json"), accountName: "b", mode: .unified, fetchedAt: Date())
    #expect(snapshot.currencies.count == ccxt.currencies.count)
    for currency in snapshot.currencies {
      let figures = try #require(ccxt.currencies[currency.currency])
      #expect(currency.cashBalance?.value == figures["total"], "\(currency.currency) total")
      let debt = (currency.liabilities?.value ?? 0).adding(currency.interest?.value ?? 0)
      #expect(debt == figures["debt"], "\(currency.currency) debt")
      // ccxt's used = locked + totalPositionIM + totalOrderIM: rebuilt from the kept raw fields.
      let used = ["locked", "totalPositionIM", "totalOrderIM"].reduce(ExactDecimal?.some(0)) { sum, key in
        guard case .string(let text)? = currency.fields[key], let amount = Amount(text) else { return sum }
        return sum?.adding(amount.value)
      }
      #expect(used == figures["used"], "\(currency.currency) used")
    }
    let millis = try #require(ccxt.timestamp)
    let exchangeTime = try #require(snapshot.exchangeTime)
    #expect(ExactDecimal(Int((exchangeTime.timeIntervalSince1970 * 1000).rounded())) == millis)
  }
}
