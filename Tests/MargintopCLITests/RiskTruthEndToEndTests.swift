import ExchangeKit
import ExchangeModel
import ExchangeSimulator
import Foundation
import Testing

/// The real binary's `snapshot --json` against a loopback venue that answers each hostile but
/// valid case of the risk rules: no JSON field says ok, none or a small usage where the account is
/// at or past liquidation or its risk cannot be known, and the exit status pages on critical.
@Suite(.serialized) struct RiskTruthEndToEndTests {
  /// One venue answer: the overrides the simulator applies, and what the binary must report.
  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var account: String
    var override: @Sendable (SimulatorServer) -> PayloadOverride
    /// The account's level, or for a margin figure that cannot be known, the margin level
    /// (`margin_level`), the account's own being at least unknown (a currency may rank higher).
    var level: RiskLevel
    var marginOnly = false
    var problem: String? = nil
    var status: Int32
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(
      name: "OKX mgnRatio -2 with adjEq -200", account: "okx-mcm",
      override: { PayloadOverride(venue: .okx, apiKey: $0.okxKey.apiKey, account: ["mgnRatio": "-2", "adjEq": "-200"]) },
      level: .critical, status: 3),
    Case(
      name: "OKX mgnRatio 0 with adjEq 0 and mmr 100", account: "okx-mcm",
      override: { PayloadOverride(venue: .okx, apiKey: $0.okxKey.apiKey, account: ["mgnRatio": "0", "adjEq": "0", "mmr": "100"]) },
      level: .critical, status: 3),
    Case(
      name: "OKX mgnRatio empty with mmr above zero", account: "okx-mcm",
      override: { PayloadOverride(venue: .okx, apiKey: $0.okxKey.apiKey, account: ["mgnRatio": ""]) },
      level: .unknown, marginOnly: true, status: 0),
    Case(
      name: "OKX mgnRatio NaN", account: "okx-mcm",
      override: { PayloadOverride(venue: .okx, apiKey: $0.okxKey.apiKey, account: ["mgnRatio": "NaN"]) },
      level: .unknown, marginOnly: true, problem: "mgnRatio", status: 0),
    Case(
      name: "OKX twap sent as the number 4", account: "okx-mcm",
      override: { PayloadOverride(venue: .okx, apiKey: $0.okxKey.apiKey, currency: "USDC", fields: ["twap": 4]) },
      level: .critical, status: 3),
    Case(
      name: "OKX colBorrAutoConversion sent as \"4.0\"", account: "okx-mcm",
      override: {
        PayloadOverride(venue: .okx, apiKey: $0.okxKey.apiKey, currency: "USDC", fields: ["colBorrAutoConversion": "4.0"])
      }, level: .critical, status: 3),
    Case(
      name: "OKX twap \" 4\" is a problem, never a blank", account: "okx-mcm",
      override: { PayloadOverride(venue: .okx, apiKey: $0.okxKey.apiKey, currency: "USDC", fields: ["twap": " 4"]) },
      level: .warn, problem: "USDC.twap", status: 0),
    Case(
      name: "OKX availEq 1e200 is a problem, not replaced by availBal", account: "okx-mcm",
      override: { PayloadOverride(venue: .okx, apiKey: $0.okxKey.apiKey, currency: "BTC", fields: ["availEq": "1e200"]) },
      level: .warn, problem: "BTC.availEq", status: 0),
    Case(
      name: "OKX duplicate currency entry", account: "okx-mcm",
      override: { PayloadOverride(venue: .okx, apiKey: $0.okxKey.apiKey, duplicateCurrency: "BTC") },
      level: .warn, problem: "BTC", status: 0),
    Case(
      name: "OKX Futures mode USDT cross mgnRatio 1.02", account: "okx-futures",
      override: { PayloadOverride(venue: .okx, apiKey: $0.okxFuturesKey.apiKey, currency: "USDT", fields: ["mgnRatio": "1.02"]) },
      level: .critical, status: 3),
    Case(
      name: "Bybit accountMMRate -0.1", account: "bybit-unified",
      override: {
        PayloadOverride(
          venue: .bybit, apiKey: $0.bybitKey.apiKey,
          account: ["accountMMRate": "-0.1", "totalMaintenanceMargin": "", "totalMarginBalance": ""])
      }, level: .critical, status: 3),
    Case(
      name: "Bybit margin balance below zero", account: "bybit-unified",
      override: { PayloadOverride(venue: .bybit, apiKey: $0.bybitKey.apiKey, account: ["totalMarginBalance": "-5"]) },
      level: .critical, status: 3),
  ]

  @Test(arguments: cases)
  func binaryReportsTheRisk(_ c: Case) async throws {
    let setup = try await BinaryEndToEndTests.Setup.make(accounts: [c.account])
    defer { Task { await setup.cleanUp() } }
    setup.server.addOverride(c.override(setup.server))
    let run = try await setup.runner.run(["snapshot", "--json", "--config", setup.configPath])
    #expect(run.status == c.status, "stderr: \(run.stderr)")
    setup.expectNoSecrets(run)
    guard case .object(let root) = try JSONParser.parse(Data(run.stdout.utf8)), case .array(let accounts)? = root["accounts"],
      case .object(let account)? = accounts.first, case .object(let risk)? = account["risk"],
      case .object(let worst)? = root["worst"]
    else {
      Issue.record("not a JSON snapshot: \(run.stdout.prefix(300))")
      return
    }
    if c.marginOnly {
      #expect(risk["margin_level"] == .string(c.level.name), "\(risk)")
      guard case .string(let name)? = risk["level"], let level = RiskLevel.allCases.first(where: { $0.name == name }) else {
        Issue.record("no level in \(risk)")
        return
      }
      #expect(level >= .unknown)
    } else {
      #expect(risk["level"] == .string(c.level.name), "\(risk)")
      #expect(worst["level"] == .string(c.level.name))
    }
    if c.level == .critical || c.level == .unknown {
      // Never a small or negative usage where the account is past liquidation or unknown.
      if case .string(let usage)? = risk["margin_usage"], let value = Decimal(string: usage) {
        #expect(c.level == .unknown || value >= Decimal(string: "0.95") ?? 1 || risk["past_liquidation"] == .bool(false))
        #expect(value >= 0)
      }
    }
    if let field = c.problem {
      guard case .array(let problems)? = account["problems"] else {
        Issue.record("no problems array")
        return
      }
      #expect(problems.contains { if case .object(let p) = $0 { p["field"] == .string(field) } else { false } }, "\(problems)")
    }
    #expect(!run.stdout.contains("\"margin_usage\": \"NaN"), "a NaN usage")
  }

  @Test func tableSaysCriticalAndUsageAsAPercentage() async throws {
    let setup = try await BinaryEndToEndTests.Setup.make(accounts: ["okx-mcm"])
    defer { Task { await setup.cleanUp() } }
    setup.server.addOverride(PayloadOverride(venue: .okx, apiKey: setup.server.okxKey.apiKey, account: ["mgnRatio": "-0.35"]))
    let run = try await setup.runner.run(["snapshot", "--config", setup.configPath])
    #expect(run.status == 3)
    #expect(run.stdout.contains("CRITICAL"))
    #expect(run.stdout.contains(">= 100%"))
    #expect(!run.stdout.contains("-285"))
  }
}
