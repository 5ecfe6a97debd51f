import ExchangeSimulator
import Foundation
import Testing

/// Same seed, same story: the market is a function of the seed and the whole seconds elapsed,
/// never of how many requests were made.
@Suite struct DeterminismTests {
  /// Two simulators with the same seed and clock, and a client signing on that clock.
  struct Pair {
    var first: SimulatorServer
    var second: SimulatorServer
    var clock: ManualSimulatorClock

    init(seed: UInt64 = 7, secondSeed: UInt64? = nil) async throws {
      clock = ManualSimulatorClock()
      var configuration = SimulatorConfiguration(seed: seed)
      configuration.clock = clock
      first = try await SimulatorServer.start(configuration)
      configuration.seed = secondSeed ?? seed
      second = try await SimulatorServer.start(configuration)
    }

    func client(_ server: SimulatorServer) -> WireClient {
      WireClient(base: server.baseURL, signingMillis: Int64(clock.now().timeIntervalSince1970 * 1000))
    }

    func bodies(_ server: SimulatorServer) async throws -> [String] {
      let c = client(server)
      return [
        try await c.okx(server.okxKey, "/api/v5/account/balance").body,
        try await c.okx(server.okxKey, "/api/v5/account/config").body,
        try await c.bybit(server.bybitKey, "/v5/account/wallet-balance", query: "accountType=UNIFIED").body,
      ]
    }

    func shutdown() async {
      await first.shutdown()
      await second.shutdown()
    }
  }

  @Test func sameSeedAndTimeGiveIdenticalBodiesWhateverTheRequestCount() async throws {
    let pair = try await Pair()
    pair.clock.advance(by: .seconds(17))
    // The first simulator is polled more often: that must not change its story.
    for _ in 0..<3 { _ = try await pair.bodies(pair.first) }
    let first = try await pair.bodies(pair.first)
    let second = try await pair.bodies(pair.second)
    #expect(first == second)
    #expect(first[0].contains("\"code\":\"0\""))
    await pair.shutdown()
  }

  @Test func theMarketMovesEveryStepAndOnlyEveryStep() async throws {
    let pair = try await Pair()
    let start = try await pair.bodies(pair.first)
    pair.clock.advance(by: .milliseconds(400))
    let sameStep = try await pair.bodies(pair.first)
    #expect(sameStep[0] == start[0])
    pair.clock.advance(by: .milliseconds(600))
    let nextStep = try await pair.bodies(pair.first)
    #expect(nextStep[0] != start[0])
    #expect(nextStep[2] != start[2])
    await pair.shutdown()
  }

  @Test func aLongStepFreezesTheMarketButNotTheClock() async throws {
    let clock = ManualSimulatorClock()
    var configuration = SimulatorConfiguration()
    configuration.clock = clock
    configuration.stepLength = .seconds(3600)
    let server = try await SimulatorServer.start(configuration)
    let before = try await WireClient(base: server.baseURL, signingMillis: Int64(clock.now().timeIntervalSince1970 * 1000))
      .okx(server.okxKey, "/api/v5/account/balance")
    clock.advance(by: .seconds(120))
    let after = try await WireClient(base: server.baseURL, signingMillis: Int64(clock.now().timeIntervalSince1970 * 1000))
      .okx(server.okxKey, "/api/v5/account/balance")
    #expect(after.okxCode == "0")
    #expect(after.body == before.body)
    let time = try await WireClient(base: server.baseURL).get("/api/v5/public/time")
    let ts = (time.json["data"] as? [[String: Any]])?.first?["ts"] as? String
    #expect(ts == String(Int64(clock.now().timeIntervalSince1970 * 1000)))
    await server.shutdown()
  }

  @Test func anotherSeedTellsAnotherStory() async throws {
    let pair = try await Pair(seed: 1, secondSeed: 2)
    pair.clock.advance(by: .seconds(3))
    let first = try await pair.bodies(pair.first)
    let second = try await pair.bodies(pair.second)
    #expect(first[0] != second[0])
    #expect(first[1] == second[1])
    await pair.shutdown()
  }
}
