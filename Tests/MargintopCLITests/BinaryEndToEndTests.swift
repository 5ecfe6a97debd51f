import ExchangeKit
import ExchangeModel
import ExchangeSimulator
import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The real `margintop` binary against an in-process simulator: the JSON snapshot matches what the
/// simulator served, field by field, and the secrets it was given appear nowhere.
@Suite(.serialized) struct BinaryEndToEndTests {
  /// A temporary home with a config for every simulated account; secrets from env vars and files.
  struct Setup {
    var server: SimulatorServer
    var directory: String
    var configPath: String
    var runner: BinaryRunner
    var secrets: [String]

    /// A setup for every simulated account, or only those named in `accounts`.
    static func make(accounts: [String]? = nil) async throws -> Setup {
      // The market holds still for the test's length, so the binary's read and the test's own
      // signed read of the same account see the same body.
      var configuration = SimulatorConfiguration()
      configuration.stepLength = .seconds(3600)
      let server = try await SimulatorServer.start(configuration)
      let directory = FileManager.default.temporaryDirectory.appendingPathComponent("margintop-e2e-\(UUID().uuidString)").path
      try FileManager.default.createDirectory(atPath: directory + "/state", withIntermediateDirectories: true)
      var environment = [
        "HOME": directory, "XDG_STATE_HOME": directory + "/state", "XDG_CONFIG_HOME": directory + "/config",
        "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8",
      ]
      var toml = "refresh = 5\n"
      var secrets: [String] = []
      for (i, key) in server.keys.enumerated() where accounts.map({ $0.contains(key.name) }) ?? true {
        toml += "\n[[account]]\nname = \"\(key.name)\"\nexchange = \"\(key.venue.rawValue)\"\n"
        toml += "base_url = \"\(server.baseURL.absoluteString)\"\n"
        // The API key from an env var, the secret from a file, the passphrase from an env var.
        environment["MT_KEY_\(i)"] = key.apiKey
        toml += "api_key_env = \"MT_KEY_\(i)\"\n"
        let secretFile = directory + "/account-\(i).secret"
        try (key.secret + "\n").write(toFile: secretFile, atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: secretFile)
        toml += "secret_file = \"account-\(i).secret\"\n"
        secrets += [key.apiKey, key.secret]
        if let passphrase = key.passphrase {
          environment["MT_PASS_\(i)"] = passphrase
          toml += "passphrase_env = \"MT_PASS_\(i)\"\n"
          secrets.append(passphrase)
        }
      }
      let configPath = directory + "/config.toml"
      try toml.write(toFile: configPath, atomically: false, encoding: .utf8)
      return Setup(
        server: server, directory: directory, configPath: configPath,
        runner: BinaryRunner(environment: environment, directory: directory), secrets: Array(Set(secrets)))
    }

    var logText: String { (try? String(contentsOfFile: directory + "/state/margintop/margintop.log", encoding: .utf8)) ?? "" }

    func cleanUp() async {
      await server.shutdown()
      try? FileManager.default.removeItem(atPath: directory)
    }

    /// No secret in anything the process showed or wrote, nor in its arguments.
    func expectNoSecrets(_ run: BinaryRunner.Run, allowInStdout: Bool = false, sourceLocation: SourceLocation = #_sourceLocation) {
      let log = logText
      for secret in secrets {
        if !allowInStdout { #expect(!run.stdout.contains(secret), "secret in stdout", sourceLocation: sourceLocation) }
        #expect(!run.stderr.contains(secret), "secret in stderr", sourceLocation: sourceLocation)
        #expect(!log.contains(secret), "secret in the log", sourceLocation: sourceLocation)
        #expect(run.commandLines.allSatisfy { !$0.contains(secret) }, "secret in argv", sourceLocation: sourceLocation)
      }
    }
  }

  @Test func snapshotJSONMatchesWhatTheSimulatorServedAndLeaksNoSecret() async throws {
    let setup = try await Setup.make()
    defer { Task { await setup.cleanUp() } }
    let run = try await setup.runner.run(["snapshot", "--json", "--config", setup.configPath, "--log-level", "trace"])
    #expect(run.status == 0, "stderr: \(run.stderr)")
    #expect(!run.commandLines.isEmpty)
    setup.expectNoSecrets(run)
    #expect(setup.logText.contains("configuration loaded"))

    guard case .object(let root) = try JSONParser.parse(Data(run.stdout.utf8)), case .array(let accounts)? = root["accounts"] else {
      Issue.record("not a JSON snapshot: \(run.stdout.prefix(200))")
      return
    }
    #expect(accounts.count == setup.server.keys.count)
    #expect(Set(setup.server.keys.map(\.venue)) == [.okx, .bybit])
    #expect(Set(setup.server.keys.filter { $0.venue == .okx }.map(\.mode)) == [.spot, .futures, .multiCurrencyMargin, .portfolioMargin])
    for (key, account) in zip(setup.server.keys, accounts) {
      guard case .object(let a) = account else { continue }
      #expect(a["mode"] == .string(key.mode.rawValue))
      #expect(a["error"] == .null)
      let served = try await RawVenueFetch.currencies(key, baseURL: setup.server.baseURL)
      guard case .array(let currencies)? = a["currencies"] else {
        Issue.record("no currencies for \(key.apiKey)")
        continue
      }
      #expect(!served.isEmpty)
      #expect(currencies.count == served.count, "\(key.venue) \(key.mode)")
      for (currency, raw) in zip(currencies, served) {
        guard case .object(let c) = currency else { continue }
        // Every field exactly as the simulator sent it.
        #expect(c["fields"] == .object(raw), "\(key.mode) \(c["currency"].debugDescription)")
        // Amounts are the venue's own text; "" is null.
        let equityField = key.venue == .okx ? "eq" : "equity"
        let expected: RawField = raw[equityField] == .string("") ? .null : (raw[equityField] ?? .null)
        #expect(c["equity"] == expected)
      }
    }
  }

  @Test func checkSimulateAndDefaultConfigLeakNoSecret() async throws {
    let setup = try await Setup.make()
    defer { Task { await setup.cleanUp() } }

    let check = try await setup.runner.run(["check", "--config", setup.configPath])
    #expect(check.status == 0, "stderr: \(check.stderr)")
    #expect(check.stdout.contains("configuration OK, \(setup.server.keys.count) accounts"))
    #expect(check.stdout.components(separatedBy: ": OK\n").count - 1 == setup.server.keys.count)
    setup.expectNoSecrets(check)

    let example = try await setup.runner.run(["--print-default-config"])
    #expect(example.status == 0)
    #expect(example.stdout.hasPrefix("# margintop configuration"))
    setup.expectNoSecrets(example)

    // `simulate --json` prints the simulator's own test credentials on stdout by design, and nothing else.
    // SIGTERM only once the banner is out (a loaded machine may take seconds to start it): a
    // signal before the handlers exist would end the process by its default action instead.
    let simulate = try await setup.runner.run(["simulate", "--json"], timeout: .seconds(30)) { pid, stdout in
      for _ in 0..<2000 where !stdout().contains("\n") { try? await Task.sleep(for: .milliseconds(10)) }
      kill(pid, SIGTERM)
    }
    #expect(simulate.status == 0, "stderr: \(simulate.stderr)")
    let lines = simulate.stdout.split(separator: "\n")
    #expect(lines.count == 1)
    guard case .object(let banner) = try JSONParser.parse(Data(simulate.stdout.utf8)) else {
      Issue.record("simulate --json printed \(simulate.stdout)")
      return
    }
    #expect(banner["okx"] == .object(["api_key": .string(setup.server.okxKey.apiKey), "secret": .string(setup.server.okxKey.secret), "passphrase": .string(setup.server.okxKey.passphrase ?? "")]))
    #expect(banner["bybit"] == .object(["api_key": .string(setup.server.bybitKey.apiKey), "secret": .string(setup.server.bybitKey.secret)]))
    guard case .string(let url)? = banner["base_url"] else {
      Issue.record("no base_url")
      return
    }
    #expect(url.hasPrefix("http://127.0.0.1:"))
    setup.expectNoSecrets(simulate, allowInStdout: true)
  }

  @Test func invalidConfigExitsWith2AndNamesFileAccountAndKey() async throws {
    let setup = try await Setup.make()
    defer { Task { await setup.cleanUp() } }
    let bad = setup.directory + "/bad.toml"
    try "[[account]]\nname = \"x\"\nexchange = \"okex\"\n".write(toFile: bad, atomically: false, encoding: .utf8)
    let run = try await setup.runner.run(["snapshot", "--config", bad])
    #expect(run.status == 2)
    #expect(run.stderr.contains("\(bad): account \"x\": key \"exchange\": unknown exchange \"okex\" (expected okx or bybit)"))
    let missing = try await setup.runner.run(["snapshot"])
    #expect(missing.status == 2)
    #expect(missing.stderr.contains("margintop --print-default-config > \(setup.directory)/config/margintop/config.toml"))
    #expect(missing.stderr.contains("margintop --demo"))
  }
}
