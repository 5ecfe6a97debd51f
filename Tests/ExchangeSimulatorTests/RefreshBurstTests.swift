import ExchangeKit
import ExchangeModel
import ExchangeSimulator
import Foundation
import Testing

/// Refreshes asked for as fast as a user can press Ctrl-R stay inside the venue's limits as the
/// venue counts them, on arrival (issue #12: 40 presses put 11 balance requests in 2 s).
@Suite struct RefreshBurstTests {
  @Test func aBurstOfRefreshesIsNeverRateLimited() async throws {
    let server = try await SimulatorServer.start()
    let harness = try ClientIntegrationTests.Harness(server.okxKey, server: server)
    var limited = 0
    // One after another, as the dashboard's poller runs them…
    for _ in 0..<12 { limited += await Self.rateLimited(harness.client) }
    // …and all at once.
    let client = harness.client
    limited += await withTaskGroup(of: Int.self) { group in
      for _ in 0..<12 { group.addTask { await Self.rateLimited(client) } }
      return await group.reduce(0, +)
    }
    #expect(limited == 0)
    await server.shutdown()
  }

  /// 1 when one read of `client` is refused for its rate, else 0.
  static func rateLimited(_ client: any ExchangeClient) async -> Int {
    do {
      _ = try await client.fetchSnapshot()
      return 0
    } catch {
      return error.kind == .rateLimit ? 1 : 0
    }
  }
}
