import ExchangeModel
import Foundation
import Testing

@testable import ExchangeSimulator

/// Within the first minute the demo accounts go toward liquidation and back, and the OKX
/// per-currency risk flags follow the script.
@Suite struct RiskEpisodeTests {
  static let start: Int64 = 1_767_225_600_000

  static func okx(step: Int, seed: UInt64 = 42, mode: AccountMode = .multiCurrencyMargin) throws -> [String: Any] {
    let account = try #require(SimulatedAccounts.all.first { $0.key.venue == .okx && $0.key.mode == mode })
    let text = OKXBalanceBuilder(account: account, market: MarketState(seed: seed, step: step), startMillis: start)
      .balance().text()
    return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  static func bybit(step: Int, name: String = "bybit-unified") throws -> [String: Any] {
    let account = try #require(SimulatedAccounts.all.first { $0.key.name == name })
    let text = BybitWalletBuilder(account: account, market: MarketState(seed: 42, step: step)).wallet().text()
    return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  static func decimal(_ value: Any?) -> Decimal { Decimal(string: value as? String ?? "") ?? -1 }

  @Test func okxPortfolioMarginRatioPassesLiquidationAndRecovers() throws {
    let ratios = try (0..<60).map { Self.decimal(try Self.okx(step: $0, mode: .portfolioMargin)["mgnRatio"]) }
    let low = try #require(ratios.min())
    #expect(low > Decimal(string: "0.9")! && low <= 1)
    #expect(ratios[0] > 5)
    #expect(ratios[59] > 5)
    #expect(Set(ratios).count > 50, "the ratio moves on every refresh")
  }

  @Test func bybitMaintenanceRateRisesTowardOneAndRecovers() throws {
    let rates = try (0..<60).map { Self.decimal(try Self.bybit(step: $0)["accountMMRate"]) }
    let high = try #require(rates.max())
    #expect(high >= Decimal(string: "0.85")! && high < 1)
    #expect(rates[0] < Decimal(string: "0.2")!)
    #expect(rates[59] < Decimal(string: "0.2")!)
  }

  @Test func okxRiskFlagsFollowTheScript() throws {
    var conversions: [Int] = []
    var restrictions: Set<String> = []
    var maxTwap = 0
    for step in 0..<60 {
      let details = try #require(try Self.okx(step: step)["details"] as? [[String: Any]])
      let borrowed = try #require(details.first { $0["ccy"] as? String == "USDC" })
      conversions.append(Int(borrowed["colBorrAutoConversion"] as? String ?? "") ?? -1)
      let twap = Int(borrowed["twap"] as? String ?? "") ?? -1
      maxTwap = max(maxTwap, twap)
      #expect(borrowed["frpType"] as? String == (twap >= 1 ? "2" : "0"))
      let near = try #require(details.first { $0["ccy"] as? String == "TON" })
      restrictions.insert(near["colRes"] as? String ?? "")
    }
    let firstFive = try #require(conversions.firstIndex(of: 5))
    #expect(Array(conversions[..<firstFive]) == Array(conversions[..<firstFive]).sorted())
    #expect(Set(conversions[..<firstFive]) == [0, 1, 2, 3, 4])
    #expect(conversions.last == 0)
    #expect(maxTwap >= 3)
    #expect(restrictions == ["1", "2"])
  }

  @Test func interestAccruesAndPricesWalk() throws {
    let early = try #require(try Self.okx(step: 100)["details"] as? [[String: Any]])
    let late = try #require(try Self.okx(step: 4000)["details"] as? [[String: Any]])
    func field(_ details: [[String: Any]], _ ccy: String, _ name: String) -> Decimal {
      Self.decimal(details.first { $0["ccy"] as? String == ccy }?[name])
    }
    #expect(field(late, "USDC", "interest") > field(early, "USDC", "interest"))
    #expect(field(late, "BTC", "eqUsd") != field(early, "BTC", "eqUsd"))
    #expect(field(early, "BTC", "eq") == field(late, "BTC", "eq"))
  }
}
