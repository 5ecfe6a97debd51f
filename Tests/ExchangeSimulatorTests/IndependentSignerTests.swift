import ExchangeModel
import ExchangeSimulator
import Foundation
import Testing

/// The simulator checks signatures exactly as the venues document them: requests signed by an
/// independent Python implementation are accepted, and broken ones get the documented codes.
@Suite struct IndependentSignerTests {
  @Test func okxAcceptsIndependentlySignedRequests() async throws {
    let server = try await SimulatorServer.start()
    defer { Task { await server.shutdown() } }
    let balance = try await IndependentSigner.send(server.okxKey, base: server.baseURL, path: "/api/v5/account/balance")
    #expect(balance.status == 200)
    #expect(balance.json["code"] as? String == "0")
    let details = ((balance.json["data"] as? [[String: Any]])?.first?["details"] as? [Any]) ?? []
    #expect((10...30).contains(details.count))

    let filtered = try await IndependentSigner.send(
      server.okxKey, base: server.baseURL, path: "/api/v5/account/balance", query: "ccy=BTC,ETH")
    #expect(filtered.json["code"] as? String == "0")
    let config = try await IndependentSigner.send(server.okxKey, base: server.baseURL, path: "/api/v5/account/config")
    let data = (config.json["data"] as? [[String: Any]])?.first
    #expect(data?["acctLv"] as? String == "3")
    #expect(data?["perm"] as? String == "read_only")
  }

  @Test func okxRejectsWrongSignatureExpiredTimestampAndWrongPassphrase() async throws {
    let server = try await SimulatorServer.start()
    defer { Task { await server.shutdown() } }
    let path = "/api/v5/account/balance"
    let cases: [([String], String)] = [
      (["--wrong-sign"], "50113"),
      (["--skew-ms", "-31000"], "50102"),
      (["--skew-ms", "31000"], "50102"),
      (["--passphrase-override", "not-the-passphrase"], "50105"),
      (["--demo-header"], "50101"),
    ]
    for (options, code) in cases {
      let reply = try await IndependentSigner.send(server.okxKey, base: server.baseURL, path: path, options: options)
      #expect(reply.status == 401, "\(options)")
      #expect(reply.json["code"] as? String == code, "\(options)")
    }
  }

  @Test func bybitAcceptsIndependentlySignedRequests() async throws {
    let server = try await SimulatorServer.start()
    defer { Task { await server.shutdown() } }
    let wallet = try await IndependentSigner.send(
      server.bybitKey, base: server.baseURL, path: "/v5/account/wallet-balance", query: "accountType=UNIFIED")
    #expect(wallet.status == 200)
    #expect(wallet.json["retCode"] as? Int == 0)
    #expect(wallet.headers["x-bapi-limit"] == "50")
    let coins = (((wallet.json["result"] as? [String: Any])?["list"] as? [[String: Any]])?.first?["coin"] as? [Any]) ?? []
    #expect((10...30).contains(coins.count))
    let info = try await IndependentSigner.send(server.bybitKey, base: server.baseURL, path: "/v5/user/query-api")
    #expect((info.json["result"] as? [String: Any])?["readOnly"] as? Int == 1)
  }

  @Test func bybitRejectsWrongSignatureAndStaleTimestamp() async throws {
    let server = try await SimulatorServer.start()
    defer { Task { await server.shutdown() } }
    let path = "/v5/account/wallet-balance"
    let query = "accountType=UNIFIED"
    let wrong = try await IndependentSigner.send(server.bybitKey, base: server.baseURL, path: path, query: query, options: ["--wrong-sign"])
    #expect(wrong.json["retCode"] as? Int == 10004)
    let stale = try await IndependentSigner.send(
      server.bybitKey, base: server.baseURL, path: path, query: query, options: ["--skew-ms", "-6000"])
    #expect(stale.json["retCode"] as? Int == 10002)
    let ahead = try await IndependentSigner.send(
      server.bybitKey, base: server.baseURL, path: path, query: query, options: ["--skew-ms", "1500"])
    #expect(ahead.json["retCode"] as? Int == 10002)
    let widened = try await IndependentSigner.send(
      server.bybitKey, base: server.baseURL, path: path, query: query, options: ["--skew-ms", "-6000", "--recv-window", "10000"])
    #expect(widened.json["retCode"] as? Int == 0)
  }
}
