import ExchangeModel
import ExchangeSimulator
import Foundation
import Testing

/// Every OKX mode sends `""` exactly where the balance document's applicability table says a
/// field does not apply (https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-balance),
/// transcribed here independently.
@Suite struct ModeFieldTests {
  /// Account-level fields and the acctLv values where they carry a value.
  static let accountTable: [String: Set<Int>] = [
    "totalEq": [1, 2, 3, 4], "uTime": [1, 2, 3, 4],
    "isoEq": [2, 3, 4],
    "adjEq": [1, 3, 4], "imr": [1, 3, 4], "mmr": [1, 3, 4], "mgnRatio": [1, 3, 4], "ordFroz": [1, 3, 4],
    "borrowFroz": [1, 3, 4], "notionalUsd": [1, 3, 4], "notionalUsdForBorrow": [1, 3, 4],
    "notionalUsdForOption": [1, 3, 4],
    "availEq": [3, 4], "upl": [3, 4], "notionalUsdForSwap": [3, 4], "notionalUsdForFutures": [3, 4],
  ]

  /// Per-currency fields and the acctLv values where they carry a value.
  static let detailTable: [String: Set<Int>] = [
    "eq": [1, 2, 3, 4], "cashBal": [1, 2, 3, 4], "availBal": [1, 2, 3, 4], "frozenBal": [1, 2, 3, 4],
    "ordFrozen": [1, 2, 3, 4], "eqUsd": [1, 2, 3, 4], "stgyEq": [1, 2, 3, 4], "uTime": [1, 2, 3, 4],
    "isoEq": [2, 3, 4], "availEq": [2, 3, 4], "upl": [2, 3, 4], "isoUpl": [2, 3, 4],
    "uplLiab": [3, 4], "isoLiab": [3, 4],
    "disEq": [1, 3, 4], "liab": [1, 3, 4], "crossLiab": [1, 3, 4], "interest": [1, 3, 4], "twap": [1, 3, 4],
    "maxLoan": [1, 3, 4], "borrowFroz": [1, 3, 4],
    "imr": [2], "mmr": [2], "notionalLever": [2],
    "spotInUseAmt": [4], "clSpotInUseAmt": [4], "maxSpotInUse": [4],
    "spotIsoBal": [1, 2],
    "collateralEnabled": [3],
    "colBorrAutoConversion": [1, 2, 3, 4],
  ]

  @Test(arguments: [AccountMode.spot, .futures, .multiCurrencyMargin, .portfolioMargin])
  func okxModeSendsEmptyStringsPerTable(mode: AccountMode) async throws {
    let server = try await SimulatorServer.start()
    defer { Task { await server.shutdown() } }
    let key = try #require(server.keys.first { $0.venue == .okx && $0.mode == mode })
    let reply = try await WireClient(base: server.baseURL).okx(key, "/api/v5/account/balance")
    let account = try #require((reply.json["data"] as? [[String: Any]])?.first)
    let level = [AccountMode.spot: 1, .futures: 2, .multiCurrencyMargin: 3, .portfolioMargin: 4][mode] ?? 0

    let config = try await WireClient(base: server.baseURL).okx(key, "/api/v5/account/config")
    #expect((config.json["data"] as? [[String: Any]])?.first?["acctLv"] as? String == String(level))

    for (field, levels) in Self.accountTable {
      let value = try #require(account[field], "account field \(field) missing")
      #expect(Self.isEmptyString(value) != levels.contains(level), "account \(field) at acctLv \(level): \(value)")
    }
    let details = try #require(account["details"] as? [[String: Any]])
    #expect((10...30).contains(details.count))
    for detail in details {
      let ccy = detail["ccy"] as? String ?? "?"
      for (field, levels) in Self.detailTable {
        let value = try #require(detail[field], "\(ccy) field \(field) missing")
        #expect(Self.isEmptyString(value) != levels.contains(level), "\(ccy) \(field) at acctLv \(level): \(value)")
      }
      // Per-currency margin ratio: Futures mode only, and only where there is a cross position.
      if level != 2 { #expect(detail["mgnRatio"] as? String == "") }
      // Nothing that applies is ever sent as an empty or malformed amount.
      #expect(Decimal(string: detail["eq"] as? String ?? "") != nil)
    }
    if level == 2 {
      #expect(details.contains { ($0["mgnRatio"] as? String).map { !$0.isEmpty } ?? false })
    }
  }

  @Test func bybitUnifiedLooksLikeTheRecordedPayload() async throws {
    let server = try await SimulatorServer.start()
    defer { Task { await server.shutdown() } }
    let reply = try await WireClient(base: server.baseURL).bybit(
      server.bybitKey, "/v5/account/wallet-balance", query: "accountType=UNIFIED")
    #expect(reply.json["retCode"] is Int)
    #expect(reply.json["time"] is Int)
    #expect((reply.json["retExtInfo"] as? [String: Any])?.isEmpty == true)
    let list = try #require((reply.json["result"] as? [String: Any])?["list"] as? [[String: Any]])
    let account = try #require(list.first)
    let recorded = try Self.recordedBybitAccount()
    #expect(Set(recorded.keys).isSubset(of: Set(account.keys)))
    let coins = try #require(account["coin"] as? [[String: Any]])
    let recordedCoin = try #require((recorded["coin"] as? [[String: Any]])?.first)
    for coin in coins {
      #expect(Set(recordedCoin.keys).isSubset(of: Set(coin.keys)))
      #expect(coin["availableToWithdraw"] as? String == "")
      #expect(coin["marginCollateral"] is Bool)
    }
    #expect(coins.contains { Decimal(string: $0["borrowAmount"] as? String ?? "0") ?? 0 > 0 })
    #expect(coins.contains { ($0["accruedInterest"] as? String).flatMap { Decimal(string: $0) } ?? 0 > 0 })
  }

  @Test func bybitIsolatedMarginSendsEveryAccountWideFieldAsEmptyOnTheWire() async throws {
    let server = try await SimulatorServer.start()
    defer { Task { await server.shutdown() } }
    let reply = try await WireClient(base: server.baseURL).bybit(
      server.bybitIsolatedKey, "/v5/account/wallet-balance", query: "accountType=UNIFIED")
    #expect(reply.bybitCode == 0)
    let list = try #require((reply.json["result"] as? [String: Any])?["list"] as? [[String: Any]])
    let account = try #require(list.first)
    // The recorded payload's account fields are the account-wide ones, accountType and coin aside.
    let recorded = try Self.recordedBybitAccount()
    let wide = Set(recorded.keys).subtracting(["accountType", "coin"])
    #expect(wide.count >= 10)
    for field in wide {
      #expect(account[field] as? String == "", "\(field) applies to no isolated-margin account")
    }
    #expect(account["accountType"] as? String == "UNIFIED")
    let coins = try #require(account["coin"] as? [[String: Any]])
    #expect(coins.count >= 10)
    #expect(coins.allSatisfy { Decimal(string: $0["equity"] as? String ?? "") != nil })
  }

  static func isEmptyString(_ value: Any) -> Bool { (value as? String) == "" }

  /// The account object of the real recorded UNIFIED response (the repository's copy of the
  /// shared fixtures, so the test runs from any clone).
  static func recordedBybitAccount() throws -> [String: Any] {
    let url = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("ExchangeKitTests/Fixtures/bybit-wallet-UNIFIED-ccxt.json")
    let json = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any]
    let list = (json?["result"] as? [String: Any])?["list"] as? [[String: Any]]
    return try #require(list?.first)
  }
}
