import ExchangeModel
import Foundation
import Testing

@testable import ExchangeSimulator

/// Within the first minute the episode shows every case the risk rules tell apart: negative
/// adjusted equity with a maintenance requirement, a Futures-mode cross ratio near 1 beside an
/// isolated position, and Bybit accounts whose account-wide figures do not apply.
@Suite struct EpisodeRiskCaseTests {
  static let minute = 0..<60

  static func decimal(_ value: Any?) -> Decimal? { (value as? String).flatMap { Decimal(string: $0) } }

  static func detail(_ account: [String: Any], _ ccy: String) throws -> [String: Any] {
    let details = try #require(account["details"] as? [[String: Any]])
    return try #require(details.first { $0["ccy"] as? String == ccy })
  }

  @Test func okxMultiCurrencyMarginGoesPastLiquidationWithNegativeAdjustedEquity() throws {
    var negativeSteps: [Int] = []
    var ratios: [Decimal] = []
    for step in Self.minute {
      let account = try RiskEpisodeTests.okx(step: step)
      let adjEq = try #require(Self.decimal(account["adjEq"]))
      let mmr = try #require(Self.decimal(account["mmr"]))
      let imr = try #require(Self.decimal(account["imr"]))
      let ratio = try #require(Self.decimal(account["mgnRatio"]))
      ratios.append(ratio)
      #expect(mmr > 0, "step \(step): the requirement stays")
      // mgnRatio = adjEq / mmr (the balance document), to the 16 digits the figures carry.
      #expect(abs(ratio * mmr - adjEq) <= max(abs(adjEq), 1) * Decimal(string: "1e-12")!, "step \(step)")
      #expect(abs(imr - mmr * Decimal(string: "1.6")!) <= mmr * Decimal(string: "1e-12")!, "step \(step)")
      // The adjusted equity is the sum of the currencies': the loss is visible where it lands.
      let usdt = try Self.detail(account, "USDT")
      if adjEq < 0 {
        negativeSteps.append(step)
        #expect(ratio < 0)
        let eq = try #require(Self.decimal(usdt["eq"]))
        #expect(eq < 0)
        #expect(Self.decimal(usdt["uplLiab"]) == -eq)
        #expect(try #require(Self.decimal(usdt["liab"])) >= -eq)
        #expect(try #require(Self.decimal(account["upl"])) < 0)
      } else {
        #expect(ratio > 0)
      }
    }
    #expect(negativeSteps.count >= 5, "negative adjusted equity for a few seconds: \(negativeSteps)")
    #expect(try #require(negativeSteps.first) > 20)
    #expect(try #require(negativeSteps.last) < 50)
    #expect(try #require(ratios.min()) < Decimal(string: "-0.2")!)
    #expect(ratios[0] > 5 && ratios[59] > 5, "calm before and after")
  }

  @Test func okxFuturesModeHasACrossRatioNearOneAndAnIsolatedPositionPartOfTheTime() throws {
    var crossRatios: [Decimal] = []
    var openSteps: [Int] = []
    for step in Self.minute {
      let account = try RiskEpisodeTests.okx(step: step, mode: .futures)
      #expect(account["mgnRatio"] as? String == "", "no account-level ratio in Futures mode")
      let usdt = try Self.detail(account, "USDT")
      crossRatios.append(try #require(Self.decimal(usdt["mgnRatio"])))
      #expect(usdt["isoLiab"] as? String == "", "isoLiab does not apply in Futures mode")
      let isoEq = try #require(Self.decimal(usdt["isoEq"]))
      let accountIsoEq = try #require(Self.decimal(account["isoEq"]))
      if isoEq > 0 {
        openSteps.append(step)
        #expect(accountIsoEq > 0)
        #expect(Self.decimal(usdt["isoUpl"]) != 0)
        // The isolated position's equity is set-aside margin plus its PnL, inside eq and frozen.
        let eq = try #require(Self.decimal(usdt["eq"]))
        let frozen = try #require(Self.decimal(usdt["frozenBal"]))
        #expect(eq > isoEq)
        #expect(frozen >= 4500)
      } else {
        #expect(usdt["isoEq"] as? String == "0")
        #expect(usdt["isoUpl"] as? String == "0")
        #expect(accountIsoEq == 0)
      }
    }
    #expect(openSteps.first == 8 && openSteps.last == 51 && openSteps.count == 44)
    let low = try #require(crossRatios.min())
    #expect(low > 1 && low < Decimal(string: "1.03")!, "USDT cross mgnRatio near 1: \(low)")
    #expect(crossRatios[0] > 10)
  }

  @Test func bybitIsolatedMarginSendsEmptyAccountWideFieldsAndPerCoinFigures() throws {
    for step in [0, 20, 35, 59] {
      let account = try RiskEpisodeTests.bybit(step: step, name: "bybit-isolated")
      #expect(account["accountType"] as? String == "UNIFIED")
      for field in BybitWalletBuilder.accountWideFields {
        #expect(account[field] as? String == "", "\(field) at step \(step)")
      }
      let coins = try #require(account["coin"] as? [[String: Any]])
      #expect(coins.count >= 10)
      for coin in coins {
        for field in ["equity", "usdValue", "walletBalance", "totalPositionIM", "totalPositionMM", "totalOrderIM", "locked"] {
          #expect(Self.decimal(coin[field]) != nil, "\(coin["coin"] ?? "?") \(field) at step \(step)")
        }
      }
      let usdt = try #require(coins.first { $0["coin"] as? String == "USDT" })
      #expect(try #require(Self.decimal(usdt["totalPositionMM"])) > 0)
    }
  }

  @Test func bybitPortfolioMarginEmptiesPerCoinMarginsOnly() throws {
    let account = try RiskEpisodeTests.bybit(step: 30, name: "bybit-pm")
    #expect(try #require(Self.decimal(account["accountMMRate"])) > Decimal(string: "0.7")!)
    let coins = try #require(account["coin"] as? [[String: Any]])
    for coin in coins {
      for field in BybitWalletBuilder.portfolioEmptyCoinFields {
        #expect(coin[field] as? String == "")
      }
      #expect(Self.decimal(coin["equity"]) != nil)
    }
  }
}
