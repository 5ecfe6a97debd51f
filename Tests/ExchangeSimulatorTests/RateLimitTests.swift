import ExchangeSimulator
import Foundation
import Testing

/// The documented limits are enforced per user and endpoint, on the simulator's clock.
@Suite struct RateLimitTests {
  static func start() async throws -> (SimulatorServer, ManualSimulatorClock) {
    let clock = ManualSimulatorClock()
    var configuration = SimulatorConfiguration()
    configuration.clock = clock
    return (try await SimulatorServer.start(configuration), clock)
  }

  static func client(_ server: SimulatorServer, _ clock: ManualSimulatorClock) -> WireClient {
    WireClient(base: server.baseURL, signingMillis: Int64(clock.now().timeIntervalSince1970 * 1000))
  }

  @Test func okxBalanceAllowsTenRequestsPerTwoSeconds() async throws {
    let (server, clock) = try await Self.start()
    defer { Task { await server.shutdown() } }
    for _ in 0..<10 {
      let reply = try await Self.client(server, clock).okx(server.okxKey, "/api/v5/account/balance")
      #expect(reply.okxCode == "0")
    }
    let limited = try await Self.client(server, clock).okx(server.okxKey, "/api/v5/account/balance")
    #expect(limited.status == 429)
    #expect(limited.okxCode == "50011")
    // Another account has its own budget; so does another endpoint.
    let other = try #require(server.keys.first { $0.venue == .okx && $0.mode == .spot })
    #expect(try await Self.client(server, clock).okx(other, "/api/v5/account/balance").okxCode == "0")
    #expect(try await Self.client(server, clock).okx(server.okxKey, "/api/v5/account/config").okxCode == "0")
    clock.advance(by: .seconds(2))
    #expect(try await Self.client(server, clock).okx(server.okxKey, "/api/v5/account/balance").okxCode == "0")
  }

  @Test func okxConfigAllowsFiveRequestsPerTwoSeconds() async throws {
    let (server, clock) = try await Self.start()
    defer { Task { await server.shutdown() } }
    for _ in 0..<5 {
      #expect(try await Self.client(server, clock).okx(server.okxKey, "/api/v5/account/config").okxCode == "0")
    }
    let limited = try await Self.client(server, clock).okx(server.okxKey, "/api/v5/account/config")
    #expect(limited.status == 429)
    #expect(limited.okxCode == "50011")
  }

  @Test func bybitWalletAllowsFiftyPerSecondWithLimitHeaders() async throws {
    let (server, clock) = try await Self.start()
    defer { Task { await server.shutdown() } }
    let path = "/v5/account/wallet-balance"
    let now = Int64(clock.now().timeIntervalSince1970 * 1000)
    for index in 0..<50 {
      let reply = try await Self.client(server, clock).bybit(server.bybitKey, path, query: "accountType=UNIFIED")
      #expect(reply.bybitCode == 0)
      #expect(reply.headers["x-bapi-limit"] == "50")
      #expect(reply.headers["x-bapi-limit-status"] == String(49 - index))
      #expect(reply.headers["x-bapi-limit-reset-timestamp"] == String(now))
    }
    let limited = try await Self.client(server, clock).bybit(server.bybitKey, path, query: "accountType=UNIFIED")
    #expect(limited.status == 200)
    #expect(limited.bybitCode == 10006)
    #expect(limited.headers["x-bapi-limit-status"] == "0")
    #expect(limited.headers["x-bapi-limit-reset-timestamp"] == String(now + 1000))
    clock.advance(by: .seconds(1))
    #expect(try await Self.client(server, clock).bybit(server.bybitKey, path, query: "accountType=UNIFIED").bybitCode == 0)
  }
}
