import ExchangeModel
import ExchangeSimulator
import Foundation
import Testing

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// Each injected fault is visible on the wire, for the venue and number of requests asked for.
@Suite struct FaultTests {
  static func withServer(_ body: (SimulatorServer, WireClient) async throws -> Void) async throws {
    let server = try await SimulatorServer.start()
    try await body(server, WireClient(base: server.baseURL))
    await server.shutdown()
  }

  static let balance = "/api/v5/account/balance"
  static let wallet = "/v5/account/wallet-balance"

  @Test func rateLimitBurstAnswersWithEachVenuesLimitError() async throws {
    try await Self.withServer { server, client in
      server.inject(.rateLimitBurst, count: 2)
      let okx = try await client.okx(server.okxKey, Self.balance)
      #expect(okx.status == 429)
      #expect(okx.okxCode == "50011")
      let bybit = try await client.bybit(server.bybitKey, Self.wallet, query: "accountType=UNIFIED")
      #expect(bybit.bybitCode == 10006)
      #expect(bybit.headers["x-bapi-limit-status"] == "0")
      #expect(try await client.okx(server.okxKey, Self.balance).okxCode == "0")
    }
  }

  @Test func serverErrorAndHTMLPageReplaceTheAnswer() async throws {
    try await Self.withServer { server, client in
      server.inject(.serverError(status: 503), venue: .okx)
      let okx = try await client.okx(server.okxKey, Self.balance)
      #expect(okx.status == 503)
      #expect(okx.okxCode == "50001")
      server.inject(.serverError(status: 500), venue: .bybit)
      let bybit = try await client.bybit(server.bybitKey, Self.wallet, query: "accountType=UNIFIED")
      #expect(bybit.status == 500)
      server.inject(.htmlBadGateway)
      let html = try await client.bybit(server.bybitKey, Self.wallet, query: "accountType=UNIFIED")
      #expect(html.status == 502)
      #expect(html.headers["content-type"]?.hasPrefix("text/html") == true)
      #expect(html.body.contains("<h1>502 Bad Gateway</h1>"))
    }
  }

  @Test func truncatedJSONIsNotJSON() async throws {
    try await Self.withServer { server, client in
      server.inject(.truncatedJSON, venue: .okx)
      let reply = try await client.okx(server.okxKey, Self.balance)
      #expect(reply.status == 200)
      #expect(reply.body.hasPrefix("{\"code\":\"0\""))
      #expect((try? JSONSerialization.jsonObject(with: Data(reply.body.utf8))) == nil)
    }
  }

  @Test func stalledResponseOutlastsAShortDeadline() async throws {
    try await Self.withServer { server, _ in
      server.inject(.stall(.seconds(3)), venue: .okx)
      var request = URLRequest(url: server.baseURL.appendingPathComponent("api/v5/account/config"))
      request.timeoutInterval = 0.5
      await #expect(throws: (any Error).self) { _ = try await URLSession.shared.data(for: request) }
    }
  }

  @Test func clockSkewMovesTheVenueClockAndItsTimestampCheck() async throws {
    try await Self.withServer { server, client in
      server.inject(.clockSkew(.seconds(90)), venue: .okx)
      let time = try await client.get("/api/v5/public/time")
      let ts = Int64(((time.json["data"] as? [[String: Any]])?.first?["ts"] as? String) ?? "") ?? 0
      #expect(abs(ts - WireClient.nowMillis() - 90_000) < 5_000)
      #expect(try await client.okx(server.okxKey, Self.balance).okxCode == "50102")
      var corrected = client
      corrected.signingMillis = WireClient.nowMillis() + 90_000
      #expect(try await corrected.okx(server.okxKey, Self.balance).okxCode == "0")
      // Bybit keeps its own, correct clock.
      #expect(try await client.bybit(server.bybitKey, Self.wallet, query: "accountType=UNIFIED").bybitCode == 0)
      server.clearFaults()
      #expect(try await client.okx(server.okxKey, Self.balance).okxCode == "0")
    }
  }

  @Test func revokedKeyIsRejectedAsUnknown() async throws {
    try await Self.withServer { server, client in
      server.inject(.revokedKey, count: 0)
      let okx = try await client.okx(server.okxKey, Self.balance)
      #expect(okx.status == 401)
      #expect(okx.okxCode == "50111")
      let bybit = try await client.bybit(server.bybitKey, Self.wallet, query: "accountType=UNIFIED")
      #expect(bybit.status == 401)
      #expect(bybit.bybitCode == 10003)
      #expect(try await client.okx(server.okxKey, Self.balance).okxCode == "50111")
      server.clearFaults()
      #expect(try await client.okx(server.okxKey, Self.balance).okxCode == "0")
    }
  }

  @Test func emptyCurrencyListKeepsTheEnvelope() async throws {
    try await Self.withServer { server, client in
      server.inject(.emptyCurrencyList, count: 2)
      let okx = try await client.okx(server.okxKey, Self.balance)
      #expect(okx.okxCode == "0")
      #expect(((okx.json["data"] as? [[String: Any]])?.first?["details"] as? [Any])?.isEmpty == true)
      let bybit = try await client.bybit(server.bybitKey, Self.wallet, query: "accountType=UNIFIED")
      let list = (bybit.json["result"] as? [String: Any])?["list"] as? [[String: Any]]
      #expect((list?.first?["coin"] as? [Any])?.isEmpty == true)
      let again = try await client.okx(server.okxKey, Self.balance)
      #expect(((again.json["data"] as? [[String: Any]])?.first?["details"] as? [Any])?.isEmpty == false)
    }
  }

  @Test func controlRouteInjectsAndClears() async throws {
    try await Self.withServer { server, client in
      let injected = try await client.get(
        "/__simulator/faults", method: "POST", body: #"{"fault":"server_error","venue":"okx","status":503,"count":0}"#)
      #expect(injected.status == 200)
      #expect(try await client.okx(server.okxKey, Self.balance).status == 503)
      #expect(try await client.okx(server.okxKey, Self.balance).status == 503)
      #expect(try await client.bybit(server.bybitKey, Self.wallet, query: "accountType=UNIFIED").bybitCode == 0)
      #expect(try await client.get("/__simulator/faults", method: "DELETE").status == 200)
      #expect(try await client.okx(server.okxKey, Self.balance).okxCode == "0")
      let bad = try await client.get("/__simulator/faults", method: "POST", body: #"{"fault":"meteor"}"#)
      #expect(bad.status == 400)
    }
  }
}
