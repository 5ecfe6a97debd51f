import Alerting
import Testing

@testable import MargintopCLI

/// `--demo`'s alert settings: stale after 20 s unless the `--config` file says otherwise.
@Suite struct DemoAlertsConfigTests {
  static func parser(_ text: String) -> ConfigParser {
    ConfigParser(
      sources: ConfigSources(environment: [:], homeDirectory: "/nonexistent-home", readFile: { _ in text }, fileMode: { _ in 0o600 }))
  }

  @Test func theDemoStartsFromStaleAfterTwentySecondsAndAFileMayChangeIt() throws {
    #expect(AlertsConfig.demo.rules.staleAfterSeconds == 20)
    #expect(AlertsConfig().rules.staleAfterSeconds == 60)
    let hookOnly = try Self.parser("[alerts]\ncommand = [\"/bin/true\"]\n").loadAlerts(path: "/c.toml", base: .demo)
    #expect(hookOnly.alerts.rules.staleAfterSeconds == 20 && hookOnly.alerts.command == ["/bin/true"])
    let noTable = try Self.parser("theme = \"nord\"\n").loadAlerts(path: "/c.toml", base: .demo)
    #expect(noTable.alerts.rules.staleAfterSeconds == 20)
    let own = try Self.parser("[alerts]\nstale_after = 90\n").loadAlerts(path: "/c.toml", base: .demo)
    #expect(own.alerts.rules.staleAfterSeconds == 90)
  }
}
