import ExchangeSimulator
import Foundation
import Testing

/// The venues' documented auth and parameter errors, code by code.
@Suite struct AuthRuleTests {
  @Test func okxMissingOrMalformedHeadersGetTheirCodes() async throws {
    let server = try await SimulatorServer.start()
    defer { Task { await server.shutdown() } }
    let client = WireClient(base: server.baseURL)
    let key = server.okxKey
    let path = "/api/v5/account/balance"
    let cases: [([String: String], String)] = [
      (["OK-ACCESS-KEY": ""], "50103"),
      (["OK-ACCESS-PASSPHRASE": ""], "50104"),
      (["OK-ACCESS-SIGN": ""], "50106"),
      (["OK-ACCESS-TIMESTAMP": ""], "50107"),
      (["OK-ACCESS-TIMESTAMP": "1700000000000"], "50112"),
      (["OK-ACCESS-KEY": "no-such-key-0000"], "50111"),
    ]
    for (override, code) in cases {
      let reply = try await client.okx(key, path, extra: override)
      #expect(reply.status == 401, "\(override)")
      #expect(reply.okxCode == code, "\(override)")
    }
  }

  @Test func okxCurrencyFilterTakesAtMostTwenty() async throws {
    let server = try await SimulatorServer.start()
    defer { Task { await server.shutdown() } }
    let client = WireClient(base: server.baseURL)
    let twentyOne = (1...21).map { "C\($0)" }.joined(separator: ",")
    let refused = try await client.okx(server.okxKey, "/api/v5/account/balance", query: "ccy=" + twentyOne)
    #expect(refused.okxCode == "51000")
    let filtered = try await client.okx(server.okxKey, "/api/v5/account/balance", query: "ccy=BTC,USDC")
    let details = (filtered.json["data"] as? [[String: Any]])?.first?["details"] as? [[String: Any]]
    #expect(details?.compactMap { $0["ccy"] as? String } == ["BTC", "USDC"])
  }

  @Test func bybitSignsTheRawQueryAsReceived() async throws {
    let server = try await SimulatorServer.start()
    defer { Task { await server.shutdown() } }
    let client = WireClient(base: server.baseURL)
    let raw = "coin=BTC%2CUSDC&accountType=UNIFIED"
    let accepted = try await client.bybit(server.bybitKey, "/v5/account/wallet-balance", query: raw)
    #expect(accepted.bybitCode == 0)
    let coins = ((accepted.json["result"] as? [String: Any])?["list"] as? [[String: Any]])?.first?["coin"] as? [[String: Any]]
    #expect(coins?.compactMap { $0["coin"] as? String } == ["USDC", "BTC"])
    // Signing the decoded form of what is sent does not verify.
    var headers = Self.bybitHeaders(server, signing: "coin=BTC,USDC&accountType=UNIFIED")
    let rejected = try await client.get("/v5/account/wallet-balance?" + raw, headers: headers)
    #expect(rejected.bybitCode == 10004)
    // 10004's message echoes the key, as Bybit's does: clients must not print it.
    #expect((rejected.json["retMsg"] as? String)?.contains(server.bybitKey.apiKey) == true)
    headers["X-BAPI-API-KEY"] = nil
    let missing = try await client.get("/v5/account/wallet-balance?" + raw, headers: headers)
    #expect(missing.status == 401)
    #expect(missing.bybitCode == 10003)
  }

  @Test func bybitWalletNeedsUnifiedAccountType() async throws {
    let server = try await SimulatorServer.start()
    defer { Task { await server.shutdown() } }
    let client = WireClient(base: server.baseURL)
    #expect(try await client.bybit(server.bybitKey, "/v5/account/wallet-balance").bybitCode == 10001)
    let contract = try await client.bybit(server.bybitKey, "/v5/account/wallet-balance", query: "accountType=CONTRACT")
    #expect(contract.bybitCode == 10001)
  }

  @Test func publicTimeEndpointsNeedNoKey() async throws {
    let server = try await SimulatorServer.start()
    defer { Task { await server.shutdown() } }
    let client = WireClient(base: server.baseURL)
    let okx = try await client.get("/api/v5/public/time")
    #expect(okx.okxCode == "0")
    let bybit = try await client.get("/v5/market/time")
    let result = bybit.json["result"] as? [String: Any]
    #expect(result?["timeSecond"] is String)
    #expect((result?["timeNano"] as? String)?.count == 19)
    #expect(bybit.json["time"] is Int)
  }

  /// Bybit headers signed over `origin`, whatever the request then sends.
  static func bybitHeaders(_ server: SimulatorServer, signing query: String) -> [String: String] {
    let key = server.bybitKey
    let timestamp = String(WireClient.nowMillis())
    let sign = WireClient.bybitSignature(secret: key.secret, origin: timestamp + key.apiKey + "5000" + query)
    return ["X-BAPI-API-KEY": key.apiKey, "X-BAPI-TIMESTAMP": timestamp, "X-BAPI-SIGN": sign, "X-BAPI-RECV-WINDOW": "5000"]
  }
}
