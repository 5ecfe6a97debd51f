import ExchangeKit
import ExchangeModel
import ExchangeSimulator
import Foundation
import HTTPTypes
import Testing

/// Bybit `GET /v5/account/info` answers each simulated account's margin mode in the shape of the
/// v5 document "Get Account Info", signed and rate-limited like the other account endpoints.
@Suite struct AccountInfoTests {
  /// The document's response example (`docs/v5/account/account-info.mdx`, also
  /// `shared/fixtures/bybit-account-info-docs.json`), transcribed: every field, with its JSON type.
  static let documentedFields: [String: String] = [
    "marginMode": "string", "updatedTime": "string", "unifiedMarginStatus": "integer", "dcpStatus": "string",
    "timeWindow": "integer", "smpGroup": "integer", "isMasterTrader": "boolean", "spotHedgingStatus": "string",
  ]

  /// The JSON type of a field as sent (JSONSerialization cannot tell `false` from `0` here).
  static func type(of value: RawField?) -> String {
    switch value {
    case .string?: return "string"
    case .number(let literal)?: return Int(literal) != nil ? "integer" : "number"
    case .bool?: return "boolean"
    default: return "other"
    }
  }

  @Test func eachBybitAccountReportsItsMarginModeInTheDocumentedShape() async throws {
    let server = try await SimulatorServer.start()
    defer { Task { await server.shutdown() } }
    var modes: [String: String] = [:]
    for key in server.keys where key.venue == .bybit {
      let reply = try await WireClient(base: server.baseURL).bybit(key, "/v5/account/info")
      #expect(reply.status == 200)
      #expect(reply.bybitCode == 0)
      #expect(reply.headers["x-bapi-limit"] == "10")
      let result = try #require(reply.json["result"] as? [String: Any])
      #expect(Set(result.keys) == Set(Self.documentedFields.keys))
      guard case .object(let root) = try JSONParser.parse(Data(reply.body.utf8)), case .object(let raw)? = root["result"] else {
        Issue.record("not a Bybit envelope: \(reply.body)")
        continue
      }
      for (field, type) in Self.documentedFields {
        #expect(Self.type(of: raw[field]) == type, "\(field) of \(key.name)")
      }
      let status = try #require(result["unifiedMarginStatus"] as? Int)
      #expect([5, 6].contains(status), "UTA2.0 is status 5 or 6")
      #expect(Int64(result["updatedTime"] as? String ?? "") != nil)
      #expect(result["dcpStatus"] as? String == "OFF")
      modes[key.name] = result["marginMode"] as? String
    }
    #expect(
      modes == [
        "bybit-unified": "REGULAR_MARGIN", "bybit-isolated": "ISOLATED_MARGIN",
        "bybit-pm": "PORTFOLIO_MARGIN",
      ])
  }

  @Test func theClientLayersSignerAndTransportReadIt() async throws {
    let server = try await SimulatorServer.start()
    defer { Task { await server.shutdown() } }
    let key = server.bybitIsolatedKey
    let credentials = Credentials(apiKey: key.apiKey, secret: Secret(key.secret))
    let headers = BybitSigner(credentials: credentials).headers(timestamp: BybitSigner.timestamp(Date()), queryString: "")
    let url = try #require(URL(string: server.baseURL.absoluteString + "/v5/account/info"))
    let response = try await AsyncHTTPTransport.shared.send(
      TransportRequest(HTTPRequest(url: url, headerFields: headers), timeout: .seconds(5)))
    guard case .object(let root) = try JSONParser.parse(response.body), case .object(let result)? = root["result"] else {
      Issue.record("not a Bybit envelope: \(String(decoding: response.body, as: UTF8.self))")
      return
    }
    #expect(root["retCode"] == .number("0"))
    #expect(result["marginMode"] == .string("ISOLATED_MARGIN"))
    #expect(result["unifiedMarginStatus"] == .number("5"))
  }

  @Test func aBadSignatureOrAnEleventhRequestInOneSecondIsRefused() async throws {
    let (server, clock) = try await RateLimitTests.start()
    defer { Task { await server.shutdown() } }
    var wrong = server.bybitKey
    wrong.secret = "not-the-secret"
    let refused = try await RateLimitTests.client(server, clock).bybit(wrong, "/v5/account/info")
    #expect(refused.bybitCode == 10004)
    #expect((refused.json["result"] as? [String: Any])?["marginMode"] == nil)

    for index in 0..<10 {
      let reply = try await RateLimitTests.client(server, clock).bybit(server.bybitKey, "/v5/account/info")
      #expect(reply.bybitCode == 0)
      #expect(reply.headers["x-bapi-limit-status"] == String(9 - index))
    }
    let limited = try await RateLimitTests.client(server, clock).bybit(server.bybitKey, "/v5/account/info")
    #expect(limited.bybitCode == 10006)
    // Its own budget: the wallet endpoint still answers.
    let wallet = try await RateLimitTests.client(server, clock).bybit(
      server.bybitKey, "/v5/account/wallet-balance", query: "accountType=UNIFIED")
    #expect(wallet.bybitCode == 0)
    clock.advance(by: .seconds(1))
    #expect(try await RateLimitTests.client(server, clock).bybit(server.bybitKey, "/v5/account/info").bybitCode == 0)
  }
}
