import ExchangeKit
import ExchangeModel
import ExchangeSimulator
import Foundation
import Testing

/// Overrides put a test's chosen JSON values into one account's balance responses, literally, and
/// a currency entry twice; clearing them brings back the computed figures.
@Suite struct PayloadOverrideTests {
  static let balance = "/api/v5/account/balance"
  static let wallet = "/v5/account/wallet-balance"

  /// The OKX `data[0]` object of `key`'s balance, numbers kept as their literals.
  static func okxAccount(_ server: SimulatorServer, _ key: SimulatedKey) async throws -> RawFields {
    let reply = try await WireClient(base: server.baseURL).okx(key, balance)
    guard case .object(let root) = try JSONParser.parse(Data(reply.body.utf8)), case .array(let data)? = root["data"],
      case .object(let account)? = data.first
    else { throw Unexpected(body: reply.body) }
    return account
  }

  /// The Bybit `list[0]` object of `key`'s wallet.
  static func bybitAccount(_ server: SimulatorServer, _ key: SimulatedKey) async throws -> RawFields {
    let reply = try await WireClient(base: server.baseURL).bybit(key, wallet, query: "accountType=UNIFIED")
    guard case .object(let root) = try JSONParser.parse(Data(reply.body.utf8)), case .object(let result)? = root["result"],
      case .array(let list)? = result["list"], case .object(let account)? = list.first
    else { throw Unexpected(body: reply.body) }
    return account
  }

  struct Unexpected: Error {
    var body: String
  }

  /// The entries of `array` whose `name` member is `symbol`.
  static func entries(_ array: RawField?, _ name: String, _ symbol: String) -> [RawFields] {
    guard case .array(let items)? = array else { return [] }
    return items.compactMap { item in
      guard case .object(let fields) = item, fields[name] == .string(symbol) else { return nil }
      return fields
    }
  }

  static func control(_ server: SimulatorServer, method: String, body: String? = nil) async throws -> WireClient.Reply {
    try await WireClient(base: server.baseURL).get(
      "/__simulator/overrides", method: method, headers: ["Content-Type": "application/json"], body: body)
  }

  @Test func theControlRouteSendsStringsAsStringsAndNumbersAsTheirLiterals() async throws {
    let server = try await SimulatorServer.start()
    defer { Task { await server.shutdown() } }
    let body = """
      {"venue":"okx","api_key":"sim-okx-mcm-0003","account":{"mgnRatio":"-2","adjEq":"-200","imr":1e200},
       "currency":"USDT","fields":{"twap":4,"colBorrAutoConversion":"4.0","frpType":" 4","interest":4.0,
       "availEq":"1e200","eq":"NaN","cashBal":"abc","disEq":"","liab":null,"extraField":-0.0},
       "duplicate_currency":"BTC"}
      """
    let added = try await Self.control(server, method: "POST", body: body)
    #expect(added.status == 200, "\(added.body)")

    let account = try await Self.okxAccount(server, server.okxKey)
    #expect(account["mgnRatio"] == .string("-2"))
    #expect(account["adjEq"] == .string("-200"))
    #expect(account["imr"] == .number("1e200"))
    let usdt = try #require(Self.entries(account["details"], "ccy", "USDT").first)
    #expect(usdt["twap"] == .number("4"))
    #expect(usdt["colBorrAutoConversion"] == .string("4.0"))
    #expect(usdt["frpType"] == .string(" 4"))
    #expect(usdt["interest"] == .number("4.0"))
    #expect(usdt["availEq"] == .string("1e200"))
    #expect(usdt["eq"] == .string("NaN"))
    #expect(usdt["cashBal"] == .string("abc"))
    #expect(usdt["disEq"] == .string(""))
    #expect(usdt["liab"] == .null)
    #expect(usdt["extraField"] == .number("-0.0"))
    #expect(usdt.keys.last == "extraField", "a field the venue does not send is added after the others")
    #expect(Self.entries(account["details"], "ccy", "BTC").count == 2)
    #expect(Self.entries(account["details"], "ccy", "ETH").count == 1)

    // Only that account changes.
    let other = try #require(server.keys.first { $0.mode == .portfolioMargin })
    let untouched = try await Self.okxAccount(server, other)
    #expect(untouched["mgnRatio"] != .string("-2"))
    #expect(Self.entries(untouched["details"], "ccy", "BTC").count == 1)

    let cleared = try await Self.control(server, method: "DELETE")
    #expect(cleared.status == 200)
    let after = try await Self.okxAccount(server, server.okxKey)
    #expect(after["mgnRatio"] != .string("-2"))
    let usdtAfter = try #require(Self.entries(after["details"], "ccy", "USDT").first)
    #expect(usdtAfter["twap"] == .string("0"))
    #expect(usdtAfter["extraField"] == nil)
    #expect(Self.entries(after["details"], "ccy", "BTC").count == 1)
  }

  @Test func theSwiftAPIOverridesABybitWalletAndLaterOverridesWin() async throws {
    let server = try await SimulatorServer.start()
    defer { Task { await server.shutdown() } }
    let key = server.bybitKey
    server.addOverride(
      PayloadOverride(
        venue: .bybit, apiKey: key.apiKey, account: ["accountMMRate": "-0.1", "totalEquity": .number("12.50")],
        currency: "USDT", fields: ["colRes": 2, "equity": "1e-130"], duplicateCurrency: "ETH"))
    server.addOverride(PayloadOverride(venue: .bybit, apiKey: key.apiKey, currency: "USDT", fields: ["colRes": "4.0"]))
    let account = try await Self.bybitAccount(server, key)
    #expect(account["accountMMRate"] == .string("-0.1"))
    #expect(account["totalEquity"] == .number("12.50"))
    let usdt = try #require(Self.entries(account["coin"], "coin", "USDT").first)
    #expect(usdt["colRes"] == .string("4.0"))
    #expect(usdt["equity"] == .string("1e-130"))
    #expect(Self.entries(account["coin"], "coin", "ETH").count == 2)
    // Another Bybit account keeps its own figures.
    let isolated = try await Self.bybitAccount(server, server.bybitIsolatedKey)
    #expect(isolated["accountMMRate"] == .string(""))

    server.clearOverrides()
    let after = try await Self.bybitAccount(server, key)
    #expect(after["accountMMRate"] != .string("-0.1"))
    #expect(Self.entries(after["coin"], "coin", "ETH").count == 1)
  }

  @Test(arguments: [
    ("not json", 400),
    (#"{"venue":"kraken","api_key":"sim-okx-mcm-0003"}"#, 400),
    (#"{"venue":"okx"}"#, 400),
    (#"{"venue":"okx","api_key":"sim-okx-mcm-0003","fields":{"twap":4}}"#, 400),
    (#"{"venue":"okx","api_key":"sim-okx-mcm-0003","account":[1]}"#, 400),
    (#"{"venue":"okx","api_key":"sim-okx-mcm-0003","account":{"imr":01}}"#, 400),
    (#"{"venue":"bybit","api_key":"sim-okx-mcm-0003","account":{"imr":"1"}}"#, 404),
  ])
  func aBodyThatCannotBeAppliedIsRefused(body: String, status: Int) async throws {
    let server = try await SimulatorServer.start()
    defer { Task { await server.shutdown() } }
    let reply = try await Self.control(server, method: "POST", body: body)
    #expect(reply.status == status, "\(reply.body)")
    #expect(reply.body.hasPrefix(#"{"ok":false,"message":"#))
    let account = try await Self.okxAccount(server, server.okxKey)
    #expect(account["imr"] != .string("1"))
  }
}
