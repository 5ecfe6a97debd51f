import ExchangeSimulator
import Foundation
import Testing

/// The real dashboard in tmux against the simulator records every account's refreshes in
/// `$XDG_STATE_HOME/margintop/history.sqlite`, which `margintop history` then exports;
/// `--no-history` records nothing.
@Suite(.serialized, .enabled(if: Tmux.unavailableReason == nil, "tmux is not installed; the end-to-end tests need it"))
struct HistoryRecordingEndToEndTests {
  struct Home {
    var directory: String
    var environment: [String: String]
    var names: [String]
    var database: String { directory + "/state/margintop/history.sqlite" }
  }

  /// A home with a private config naming two of the simulator's accounts (inline secrets).
  static func home(_ server: SimulatorServer) throws -> Home {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("margintop-history-e2e-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: directory + "/config/margintop", withIntermediateDirectories: true)
    var toml = "refresh = 1\n"
    var names: [String] = []
    for key in server.keys.prefix(2) {
      names.append(key.name)
      toml += "\n[[account]]\nname = \"\(key.name)\"\nexchange = \"\(key.venue.rawValue)\"\n"
      toml += "base_url = \"\(server.baseURL.absoluteString)\"\napi_key = \"\(key.apiKey)\"\nsecret = \"\(key.secret)\"\n"
      if let passphrase = key.passphrase { toml += "passphrase = \"\(passphrase)\"\n" }
    }
    let config = directory + "/config/margintop/config.toml"
    try toml.write(toFile: config, atomically: false, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: config)
    let environment = [
      "HOME": directory, "XDG_CONFIG_HOME": directory + "/config", "XDG_STATE_HOME": directory + "/state",
    ]
    return Home(directory: directory, environment: environment, names: names)
  }

  /// Runs `margintop history --json` and returns its rows' account names.
  static func exportedAccounts(_ home: Home) throws -> [String] {
    let binary = try #require(MargintopBinary.url)
    let process = Process()
    process.executableURL = binary
    process.arguments = ["history", "--json"]
    process.environment = home.environment.merging(["PATH": "/usr/bin:/bin"]) { $1 }
    let out = home.directory + "/export.json"
    _ = FileManager.default.createFile(atPath: out, contents: nil)
    process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: out))
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    let data = FileManager.default.contents(atPath: out) ?? Data()
    let rows = try JSONSerialization.jsonObject(with: data) as? [[String: Any]] ?? []
    return rows.compactMap { $0["account"] as? String }
  }

  @Test("the dashboard records each account's refreshes; `margintop history` exports them")
  func records() async throws {
    let server = try await SimulatorServer.start()
    let home = try Self.home(server)
    defer { try? FileManager.default.removeItem(atPath: home.directory) }
    let session = try TmuxSession(arguments: [], environment: home.environment)
    defer { session.kill() }
    let shown = await session.waitFor(timeout: .seconds(20), ScreenText.showsDashboard)
    try #require(shown != nil, "the dashboard never appeared; last screen:\n\(session.capture())")
    // A few refreshes at the venues' floor.
    try await Task.sleep(for: .seconds(5))
    session.send("q")
    let ended = await session.waitFor(timeout: .seconds(10)) { ScreenText.exitStatus(in: $0) != nil }
    #expect(ended.flatMap(ScreenText.exitStatus) == 0)
    let accounts = try Self.exportedAccounts(home)
    for name in home.names {
      #expect(accounts.filter { $0 == name }.count >= 2, "\(name): \(accounts.filter { $0 == name }.count) refreshes recorded")
    }
    await server.shutdown()
  }

  @Test("--no-history writes no database")
  func noHistory() async throws {
    let server = try await SimulatorServer.start()
    let home = try Self.home(server)
    defer { try? FileManager.default.removeItem(atPath: home.directory) }
    let session = try TmuxSession(arguments: ["--no-history"], environment: home.environment)
    defer { session.kill() }
    let shown = await session.waitFor(timeout: .seconds(20), ScreenText.showsDashboard)
    try #require(shown != nil, "the dashboard never appeared; last screen:\n\(session.capture())")
    try await Task.sleep(for: .seconds(2))
    session.send("H")
    let view = await session.waitFor(timeout: .seconds(5)) { $0.contains("No history: turned off by --no-history") }
    #expect(view != nil, "the history view did not say why; screen:\n\(session.capture())")
    session.send("q", "q")
    _ = await session.waitFor(timeout: .seconds(10)) { ScreenText.exitStatus(in: $0) != nil }
    #expect(!FileManager.default.fileExists(atPath: home.database))
    await server.shutdown()
  }

  @Test("after a restart with the venues unreachable, the tabs' sparklines and the H chart come from the recorded history")
  func restartShowsThePast() async throws {
    let server = try await SimulatorServer.start()
    let home = try Self.home(server)
    defer { try? FileManager.default.removeItem(atPath: home.directory) }
    do {
      let session = try TmuxSession(arguments: [], environment: home.environment)
      defer { session.kill() }
      let shown = await session.waitFor(timeout: .seconds(20), ScreenText.showsDashboard)
      try #require(shown != nil, "the dashboard never appeared; last screen:\n\(session.capture())")
      try await Task.sleep(for: .seconds(4))
      session.send("q")
      _ = await session.waitFor(timeout: .seconds(10)) { ScreenText.exitStatus(in: $0) != nil }
    }
    await server.shutdown()
    // Same accounts, nothing listening: whatever the screen shows of the past is from the file.
    let config = home.directory + "/config/margintop/config.toml"
    let toml = try String(contentsOfFile: config, encoding: .utf8)
    try toml.replacingOccurrences(of: server.baseURL.absoluteString, with: "http://127.0.0.1:9/")
      .write(toFile: config, atomically: false, encoding: .utf8)
    let session = try TmuxSession(arguments: [], environment: home.environment)
    defer { session.kill() }
    let sparkline = await session.waitFor(timeout: .seconds(15)) { screen in
      (screen.split(separator: "\n").first ?? "").contains { "▁▂▃▄▅▆▇█".contains($0) }
    }
    #expect(sparkline != nil, "no sparkline in the tabs; screen:\n\(session.capture())")
    session.send("H")
    let chart = await session.waitFor(timeout: .seconds(10)) { $0.contains("usage  low") && $0.contains("peak") }
    #expect(chart != nil, "the history view showed no chart; screen:\n\(session.capture())")
    session.send("q", "q")
    _ = await session.waitFor(timeout: .seconds(10)) { ScreenText.exitStatus(in: $0) != nil }
  }

  @Test("--demo charts its own session in H, from a private temporary file removed at the end, never the user's")
  func demoKeepsItsOwnHistory() async throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("margintop-demo-e2e-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let scratch = directory + "/tmp"
    try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
    let environment = [
      "HOME": directory, "XDG_CONFIG_HOME": directory + "/config", "XDG_STATE_HOME": directory + "/state", "TMPDIR": scratch,
    ]
    let session = try TmuxSession(arguments: ["--demo", "--refresh", "1"], environment: environment)
    defer { session.kill() }
    let shown = await session.waitFor(timeout: .seconds(20), ScreenText.showsDashboard)
    try #require(shown != nil, "the dashboard never appeared; last screen:\n\(session.capture())")
    try await Task.sleep(for: .seconds(3))
    session.send("1", "H")
    let chart = await session.waitFor(timeout: .seconds(10)) { $0.contains("usage  low") && $0.contains("peak") }
    #expect(chart != nil, "the demo's history view showed no chart; screen:\n\(session.capture())")
    let made = (try? FileManager.default.contentsOfDirectory(atPath: scratch)) ?? []
    #expect(made.contains { $0.hasPrefix("margintop-demo-") }, "\(made)")
    session.send("q", "q")
    let ended = await session.waitFor(timeout: .seconds(10)) { ScreenText.exitStatus(in: $0) != nil }
    #expect(ended.flatMap(ScreenText.exitStatus) == 0)
    #expect(((try? FileManager.default.contentsOfDirectory(atPath: scratch)) ?? []).isEmpty, "the demo's history was left behind")
    #expect(!FileManager.default.fileExists(atPath: directory + "/state/margintop/history.sqlite"))
  }
}
