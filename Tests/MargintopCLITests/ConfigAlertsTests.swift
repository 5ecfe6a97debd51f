import Alerting
import ExchangeModel
import Foundation
import Testing

@testable import MargintopCLI

/// `[alerts]` and `[account.alerts]`: every key read, per-account rules merged over the global ones.
@Suite struct ConfigAlertsTests {
  @Test func withoutAnAlertsTableTheDefaultsAreTheRiskTable() throws {
    let fixture = try ConfigFixtureTests.Fixture(folder: "valid", name: "secrets-from-env-and-files.toml")
    let loaded = try ConfigFixtureTests.parser.parse(text: fixture.text, file: fixture.path, fileMode: fixture.mode)
    let rules = loaded.config.alerts.rules
    #expect(rules == AlertSettings())
    #expect(rules.marginUsage == LevelThresholds(watch: 50, warn: 70, danger: 85, critical: 95))
    #expect(rules.autoConversion == LevelThresholds(watch: 1, warn: 2, danger: 3, critical: 4))
    #expect(rules.collateralRestriction == LevelThresholds(warn: 1, danger: 2))
    #expect(loaded.config.alerts.command == nil)
    #expect(loaded.config.alerts.log == .standard)
  }

  @Test func everyKeyIsReadAndAccountsOverrideTheirRulesOnly() throws {
    let fixture = try ConfigFixtureTests.Fixture(folder: "valid", name: "alerts.toml")
    let loaded = try ConfigFixtureTests.parser.parse(text: fixture.text, file: fixture.path, fileMode: fixture.mode)
    #expect(loaded.warnings.isEmpty, "\(loaded.warnings)")
    let alerts = loaded.config.alerts
    #expect(alerts.rules.minimumLevel == .warn)
    #expect(alerts.rules.marginUsage == LevelThresholds(watch: 40, warn: ExactDecimal("60.5"), danger: 80, critical: 90))
    #expect(alerts.rules.autoConversion == LevelThresholds(danger: 3, critical: 4))
    #expect(alerts.rules.hysteresis == ExactDecimal("1.5"))
    #expect(alerts.rules.dwellReadings == 3)
    #expect(alerts.rules.dwellSeconds == 10)
    #expect(alerts.rules.rateLimitSeconds == 600)
    #expect(alerts.rules.staleAfterSeconds == 120)
    #expect(alerts.bell == false)
    #expect(alerts.desktop == true)
    #expect(alerts.command == ["/usr/bin/notify", "--urgent"])
    #expect(alerts.commandTimeout == .milliseconds(2500))
    #expect(alerts.log == .file(ConfigParser.directory(of: fixture.path) + "/alerts.jsonl"))

    let engine = loaded.config.alertEngine
    let own = engine.settings(for: "bybit-1")
    #expect(own.marginUsage == LevelThresholds(critical: 99))
    #expect(own.dwellReadings == 1)
    // What the account does not set comes from [alerts], not from the built-in defaults.
    #expect(own.rateLimitSeconds == 600)
    #expect(own.autoConversion == alerts.rules.autoConversion)
    #expect(engine.settings(for: "bybit-2") == alerts.rules)
  }
}
