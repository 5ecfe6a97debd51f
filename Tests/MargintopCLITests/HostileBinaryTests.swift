import ExchangeKit
import ExchangeModel
import ExchangeSimulator
import Foundation
import Testing

/// The real `margintop` binary against a hostile simulator and hostile files (issue #12).
@Suite(.serialized) struct HostileBinaryTests {
  typealias Setup = BinaryEndToEndTests.Setup

  @Test func aSnapshotEndsAtTheDeadlineWhenBodiesTrickleOrNeverEnd() async throws {
    let setup = try await Setup.make()
    defer { Task { await setup.cleanUp() } }
    setup.server.inject(.endlessBody, venue: .okx, count: 0)
    setup.server.inject(.slowBody(.seconds(1)), venue: .bybit, count: 0)
    let start = ContinuousClock.now
    let run = try await setup.runner.run(["snapshot", "--json", "--config", setup.configPath], timeout: .seconds(60))
    #expect(ContinuousClock.now - start < .seconds(30))
    guard case .object(let root) = try JSONParser.parse(Data(run.stdout.utf8)), case .array(let accounts)? = root["accounts"] else {
      Issue.record("not a JSON snapshot: \(run.stdout.prefix(200)) \(run.stderr)")
      return
    }
    #expect(accounts.count == setup.server.keys.count)
    for account in accounts {
      guard case .object(let a) = account, case .object(let error)? = a["error"] else {
        Issue.record("an account without an error: \(account)")
        continue
      }
      #expect(error["kind"] == .string("timeout"))
    }
    setup.expectNoSecrets(run)
  }

  @Test func aSecretPastedIntoSecretEnvIsInNoMessageNorLog() async throws {
    let setup = try await Setup.make()
    defer { Task { await setup.cleanUp() } }
    let pasted = "22582BD0CFF14C41EDBF1AB98506286D"
    let config = setup.directory + "/pasted.toml"
    try """
    [[account]]
    name = "okx-pasted"
    exchange = "okx"
    api_key = "k"
    secret_env = "\(pasted)"
    passphrase_env = "P"

    """.write(toFile: config, atomically: false, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: config)
    let run = try await setup.runner.run(["snapshot", "--config", config, "--log-level", "trace"])
    #expect(run.status == 2)
    #expect(run.stderr.contains("key \"secret_env\": must name an environment variable"))
    #expect(!run.stderr.contains(pasted) && !run.stdout.contains(pasted) && !setup.logText.contains(pasted))
  }

  @Test func aConfigThatIsADeviceEndsAtOnce() async throws {
    let setup = try await Setup.make()
    defer { Task { await setup.cleanUp() } }
    let start = ContinuousClock.now
    let run = try await setup.runner.run(["snapshot", "--config", "/dev/zero"], timeout: .seconds(20))
    #expect(ContinuousClock.now - start < .seconds(10))
    #expect(run.status == 2)
    #expect(run.stderr.contains("not a regular file (a character device)"))
  }
}
