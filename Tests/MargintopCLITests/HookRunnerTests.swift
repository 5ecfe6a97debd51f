import Alerting
import ExchangeModel
import Foundation
import Logging
import Testing

@testable import MargintopCLI

/// The hook as a real process: no shell, JSON on stdin, a clean environment, a timeout, its
/// status and stderr reported.
@Suite struct HookRunnerTests {
  static let alert = Alert(
    account: "okx-main", exchange: .okx, subject: .autoConversion, currency: "USDC", level: .critical,
    previousLevel: .danger, value: 4, threshold: 4, at: Date(timeIntervalSince1970: 1_800_000_000.25),
    message: "okx-main: USDC auto-conversion risk 4/5: CRITICAL (was DANGER)")

  /// A temporary directory with an executable script `hook` holding `body`.
  static func script(_ body: String) throws -> (directory: String, path: String) {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("margintop-hook-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    let path = directory + "/hook"
    try ("#!/bin/sh\n" + body + "\n").write(toFile: path, atomically: false, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: path)
    return (directory, path)
  }

  @Test func theAlertJSONHasTheDocumentedKeysInOrder() {
    #expect(
      AlertJSON.line(Self.alert)
        == #"{"account": "okx-main", "exchange": "okx", "subject": "auto_conversion", "currency": "USDC", "level": "critical", "previous_level": "danger", "value": 4, "threshold": 4, "at": "2027-01-15T08:00:00.250Z", "message": "okx-main: USDC auto-conversion risk 4/5: CRITICAL (was DANGER)"}"#
    )
  }

  @Test func theHookGetsTheJSONOnStdinItsArgumentsVerbatimAndNoSecret() async throws {
    let (directory, path) = try Self.script(#"cat > "$1"; env > "$2"; printf '%s' "$3" > "$1.arg""#)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let parent = ["PATH": "/usr/bin:/bin", "HOME": "/home/u", "LANG": "C.UTF-8", "OKX_API_SECRET": "hunter2-secret", "AWS_TOKEN": "x"]
    let environment = HookEnvironment.make(from: parent, secrets: ["hunter2-secret"])
    let tricky = "a b; rm -rf / $(whoami) `id`"
    let outcome = await HookProcess.run(
      [path, directory + "/in", directory + "/env", tricky], input: AlertJSON.line(Self.alert) + "\n",
      environment: environment, timeout: .seconds(10))
    #expect(outcome == HookOutcome(ending: .exited(0), timedOut: false, stderr: ""))
    let input = try String(contentsOfFile: directory + "/in", encoding: .utf8)
    #expect(input == AlertJSON.line(Self.alert) + "\n")
    let object = try JSONSerialization.jsonObject(with: Data(input.utf8)) as? [String: Any]
    #expect(object?["level"] as? String == "critical")
    #expect(try String(contentsOfFile: directory + "/in.arg", encoding: .utf8) == tricky)
    let env = try String(contentsOfFile: directory + "/env", encoding: .utf8)
    #expect(!env.contains("hunter2-secret"))
    #expect(!env.contains("AWS_TOKEN"))
    let names = Set(env.split(separator: "\n").compactMap { $0.split(separator: "=").first.map(String.init) })
    // sh adds PWD (and maybe SHLVL) itself; everything else must come from the allow-list.
    #expect(names.subtracting(["PWD", "SHLVL", "_"]).isSubset(of: Set(HookEnvironment.allowed)), "\(names)")
  }

  @Test func aHookPastItsTimeoutIsKilled() async throws {
    let (directory, path) = try Self.script("sleep 30")
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let started = ContinuousClock.now
    let outcome = await HookProcess.run([path], input: "{}\n", environment: ["PATH": "/usr/bin:/bin"], timeout: .milliseconds(300))
    #expect(outcome.timedOut)
    #expect(!outcome.succeeded)
    // Killed, not waited for: far below the script's 30 s. The bound leaves room for the start of
    // a full parallel test run on two cores, where the 50 ms polls were seen to take 5.3 s.
    #expect(ContinuousClock.now - started < .seconds(15))
  }

  @Test func theExitStatusAndASanitisedStderrAreReported() async throws {
    let (directory, path) = try Self.script(#"cat > /dev/null; printf 'bad \033[31mred\033[0m\n' >&2; exit 3"#)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let outcome = await HookProcess.run([path], input: "{}\n", environment: ["PATH": "/usr/bin:/bin"], timeout: .seconds(10))
    #expect(outcome.ending == .exited(3))
    #expect(outcome.stderr == "bad ?[31mred?[0m")
    #expect(!outcome.succeeded)
  }

  @Test func aMissingProgramIsReportedNotRun() async {
    let outcome = await HookProcess.run(["no-such-margintop-hook"], input: "{}\n", environment: ["PATH": "/usr/bin:/bin"], timeout: .seconds(1))
    #expect(outcome.ending == .notStarted("program not found or not executable: no-such-margintop-hook"))
  }

  @Test func aBareProgramNameIsFoundOnThePathWithNoShell() {
    let found = HookEnvironment.resolve("curl", path: "/nope:/usr/bin", isExecutable: { $0 == "/usr/bin/curl" })
    #expect(found == "/usr/bin/curl")
    #expect(HookEnvironment.resolve("./hook", path: "/usr/bin", isExecutable: { _ in false }) == nil)
  }

  @Test func theEnvironmentIsAnAllowListWithoutSecretValues() {
    let env = HookEnvironment.make(
      from: ["HOME": "/h", "TZ": "UTC", "OKX_API_KEY": "k-123456", "LANG": "k-123456", "BYBIT_API_SECRET": "s"], secrets: ["k-123456"])
    #expect(env == ["HOME": "/h", "TZ": "UTC", "PATH": "/usr/local/bin:/usr/bin:/bin"])
  }

  @Test func queuedAlertsReachTheHookOneAtATimeInOrder() async throws {
    // Each run sleeps a little, so runs started out of order or side by side would show.
    let (directory, path) = try Self.script(#"sleep 0.05; cat >> "$1/received""#)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let runner = HookRunner(command: [path, directory], timeout: .seconds(10), environment: ["PATH": "/usr/bin:/bin"], logger: Logger(label: "test"))
    let levels: [RiskLevel] = [.watch, .warn, .danger, .critical, .ok]
    for level in levels {
      var alert = Self.alert
      alert.level = level
      runner.submit(alert)
    }
    await runner.drain()
    let received = try String(contentsOfFile: directory + "/received", encoding: .utf8)
    let seen = received.split(separator: "\n").compactMap { line in
      (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["level"] as? String
    }
    #expect(seen == levels.map(\.name))
  }
}
