import ExchangeKit
import ExchangeModel
import ExchangeSimulator
import Foundation
import Testing

/// The simulator's hostile faults (issue #12), each through the real client over real HTTP: every
/// one ends at the client's deadline as an error of its own kind, and none crashes or hangs. (The
/// time bounds are loose: a loaded test run wakes the deadline late; without the fix the slow and
/// endless bodies never end.)
@Suite struct HostileFaultTests {
  private typealias Harness = ClientIntegrationTests.Harness

  private func outcome(
    _ fault: SimulatedFault, venue: Venue = .bybit, timeout: Duration = .seconds(3),
    _ operation: @escaping @Sendable (any ExchangeClient) async throws -> Void = { _ = try await $0.fetchSnapshot() }
  ) async throws -> (error: ExchangeError?, elapsed: Duration) {
    let server = try await SimulatorServer.start()
    let key = venue == .okx ? server.okxKey : server.bybitKey
    let harness = try Harness(key, server: server, timeout: timeout)
    // The clock is read first, so the fault meets the account request it is meant for.
    _ = try await harness.client.synchronizeClock()
    server.inject(fault, venue: venue, count: 0)
    let start = ContinuousClock.now
    var failure: ExchangeError?
    do {
      try await operation(harness.client)
    } catch {
      failure = error as? ExchangeError
    }
    let elapsed = ContinuousClock.now - start
    server.clearFaults()
    await server.shutdown()
    return (failure, elapsed)
  }

  @Test func aBodyTricklingAByteASecondTimesOut() async throws {
    let (error, elapsed) = try await outcome(.slowBody(.milliseconds(500)))
    #expect(error?.kind == .timeout)
    #expect(elapsed < .seconds(15))
  }

  @Test func anEndlessChunkedBodyTimesOut() async throws {
    let (error, elapsed) = try await outcome(.endlessBody)
    #expect(error?.kind == .timeout)
    #expect(elapsed < .seconds(15))
  }

  @Test(arguments: [Venue.okx, .bybit])
  func aHugeRetryAfterIsCapped(venue: Venue) async throws {
    let (error, _) = try await outcome(.hugeRetryAfter("9223372036854775807"), venue: venue, timeout: .seconds(5))
    #expect(error?.kind == .rateLimit)
    let wait = error?.retryAfter.map { $0.timeIntervalSinceNow } ?? 0
    #expect(wait > 590 && wait <= 600)
    #expect(error?.message.contains("capped") == true)
  }

  @Test(arguments: [Venue.okx, .bybit], ["99999999999999999999", "1e30", "-1"])
  func anAbsurdServerTimeIsAnErrorAndTheBalanceStillComes(venue: Venue, time: String) async throws {
    let server = try await SimulatorServer.start()
    let harness = try Harness(venue == .okx ? server.okxKey : server.bybitKey, server: server)
    server.inject(.absurdServerTime(time), venue: venue, count: 0)
    await #expect(throws: ExchangeError.self) { _ = try await harness.client.synchronizeClock() }
    let snapshot = try await harness.client.fetchSnapshot()
    #expect(!snapshot.currencies.isEmpty)
    server.clearFaults()
    await server.shutdown()
  }

  @Test(arguments: [Venue.okx, .bybit])
  func invalidUTF8IsADecodeError(venue: Venue) async throws {
    let (error, _) = try await outcome(.invalidUTF8, venue: venue, timeout: .seconds(5))
    #expect(error?.kind == .decode)
  }

  @Test func anOversizedBodyIsTooLarge() async throws {
    let (error, elapsed) = try await outcome(.oversizedBody(bytes: 50_000_000), timeout: .seconds(5))
    #expect(error?.kind == .tooLarge)
    #expect(elapsed < .seconds(15))
  }

  @Test func aDroppedConnectionIsAReset() async throws {
    let (error, _) = try await outcome(.connectionReset, timeout: .seconds(5))
    #expect(error?.kind == .connectionReset)
  }

  @Test func theControlRouteNamesEveryHostileFault() async throws {
    let server = try await SimulatorServer.start()
    let client = WireClient(base: server.baseURL)
    for name in ["slow_body", "endless_body", "huge_retry_after", "absurd_server_time", "invalid_utf8", "oversized_body", "connection_reset"] {
      let reply = try await client.get("/__simulator/faults", method: "POST", body: #"{"fault":"\#(name)","count":1}"#)
      #expect(reply.status == 200, "\(name)")
    }
    await server.shutdown()
  }
}
