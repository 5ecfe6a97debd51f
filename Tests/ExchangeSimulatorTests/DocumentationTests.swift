import ExchangeSimulator
import Foundation
import Testing

/// The credentials table in `docs/simulator.md` is the one the simulator accepts.
@Suite struct DocumentationTests {
  @Test func documentedCredentialsAreTheServedOnes() async throws {
    let docs = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("docs/simulator.md")
    let text = try String(contentsOf: docs, encoding: .utf8)
    let server = try await SimulatorServer.start()
    defer { Task { await server.shutdown() } }
    for key in server.keys {
      #expect(text.contains("`\(key.apiKey)` | `\(key.secret)` |"), "\(key.apiKey) is not documented")
      if let passphrase = key.passphrase { #expect(text.contains("`\(passphrase)`")) }
    }
    #expect(server.okxKey.mode == .multiCurrencyMargin)
    #expect(server.bybitKey.mode == .unified)
  }
}
