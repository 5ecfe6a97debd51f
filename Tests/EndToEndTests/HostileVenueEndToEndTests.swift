import ExchangeSimulator
import Foundation
import Testing

/// The dashboard in tmux against a hostile simulator: each account goes STALE with the error kind
/// of the fault, and bodies that never finish time out at the request deadline instead of leaving
/// "waiting for data" on screen for ever (issue #12).
@Suite(.serialized, .enabled(if: Tmux.unavailableReason == nil, "tmux is not installed; the end-to-end tests need it"))
struct HostileVenueEndToEndTests {
  /// Each fault with the error kind the status line must show for it.
  static let cases: [String: (fault: SimulatedFault, kind: String)] = [
    "endless": (.endlessBody, "timeout"),
    "trickle": (.slowBody(.seconds(1)), "timeout"),
    "oversized": (.oversizedBody(bytes: 50_000_000), "too_large"),
    "reset": (.connectionReset, "connection_reset"),
    "invalid UTF-8": (.invalidUTF8, "decode"),
    "huge Retry-After": (.hugeRetryAfter("9223372036854775807"), "rate_limit"),
  ]

  @Test(arguments: ["endless", "trickle", "oversized", "reset", "invalid UTF-8", "huge Retry-After"])
  func aHostileVenueMakesTheAccountsStaleWithTheRightKind(name: String) async throws {
    let (fault, kind) = try #require(Self.cases[name])
    let server = try await SimulatorServer.start()
    server.inject(fault, count: 0)
    let directory = try Self.writeConfig(for: server)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let config = directory + "/config.toml"
    let session = try TmuxSession(
      // Wide enough for both accounts' reasons on the one status line.
      arguments: ["--config", config, "--refresh", "1"], width: 250,
      environment: ["HOME": directory, "XDG_STATE_HOME": directory + "/state"])
    defer { session.kill() }
    // The request deadline is 5 s; both accounts must say why they are stale well within 20 s.
    let stale = await session.waitFor(timeout: .seconds(20)) { screen in
      screen.contains("okx-hostile STALE: \(kind):") && screen.contains("bybit-hostile STALE: \(kind):")
    }
    #expect(stale != nil, "no STALE with \(kind); screen:\n\(session.capture())")
    session.send("q")
    let ended = await session.waitFor(ScreenText.hasExited)
    #expect(ended.flatMap(ScreenText.exitStatus) == 0)
    server.clearFaults()
    await server.shutdown()
  }

  /// A temporary directory holding `config.toml` for the simulator's two `--demo` accounts, with
  /// inline secrets (the file is private).
  static func writeConfig(for server: SimulatorServer) throws -> String {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("margintop-hostile-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    var toml = ""
    for key in [server.okxKey, server.bybitKey] {
      toml += "[[account]]\nname = \"\(key.venue.rawValue)-hostile\"\nexchange = \"\(key.venue.rawValue)\"\n"
      toml += "base_url = \"\(server.baseURL.absoluteString)\"\napi_key = \"\(key.apiKey)\"\nsecret = \"\(key.secret)\"\n"
      if let passphrase = key.passphrase { toml += "passphrase = \"\(passphrase)\"\n" }
      toml += "\n"
    }
    let config = directory + "/config.toml"
    try toml.write(toFile: config, atomically: false, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: config)
    return directory
  }
}
