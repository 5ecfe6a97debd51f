import ExchangeSimulator
import Foundation
import Testing

/// The dashboard in tmux against a simulator whose answers never finish: each account goes STALE
/// with a timeout at the request deadline, instead of "waiting for data" for ever (issue #12).
@Suite(.serialized, .enabled(if: Tmux.unavailableReason == nil, "tmux is not installed; the end-to-end tests need it"))
struct HostileVenueEndToEndTests {
  @Test(arguments: ["endless", "trickle"])
  func bodiesThatNeverFinishMakeTheAccountsStale(kind: String) async throws {
    let server = try await SimulatorServer.start()
    let fault: SimulatedFault = kind == "endless" ? .endlessBody : .slowBody(.seconds(1))
    server.inject(fault, count: 0)
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("margintop-hostile-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
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
    let session = try TmuxSession(
      arguments: ["--config", config, "--refresh", "1"],
      environment: ["HOME": directory, "XDG_STATE_HOME": directory + "/state"])
    defer { session.kill() }
    // The request deadline is 5 s; both accounts must say why they are stale well within 20 s.
    let stale = await session.waitFor(timeout: .seconds(20)) { screen in
      screen.contains("okx-hostile STALE") && screen.contains("bybit-hostile STALE") && screen.contains("timeout")
    }
    #expect(stale != nil, "no STALE with a timeout; screen:\n\(session.capture())")
    session.send("q")
    let ended = await session.waitFor(ScreenText.hasExited)
    #expect(ended.flatMap(ScreenText.exitStatus) == 0)
    server.clearFaults()
    await server.shutdown()
  }
}
