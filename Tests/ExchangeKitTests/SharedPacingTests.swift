import ExchangeKit
import ExchangeModel
import Foundation
import Synchronization
import Testing

/// Keys of one venue user id share the venue's per-user limits, and requests asked for together
/// never exceed them (issue #12).
@Suite struct SharedPacingTests {
  /// A venue that stamps every balance request with the manual clock's time.
  final class StampingVenue: Sendable {
    let clock: ManualClock
    let stamps = Mutex<[Date]>([])
    let venue: FakeVenue

    init(clock: ManualClock, uid: String) throws {
      self.clock = clock
      venue = FakeVenue([
        "/api/v5/public/time": [FakeVenue.okxTime],
        "/api/v5/account/config": [.json(#"{"code":"0","msg":"","data":[{"acctLv":"2","uid":"\#(uid)"}]}"#)],
        "/api/v5/account/balance": [TransportResponse(status: 200, body: try Fixtures.data("okx-balance-docs-example.json"))],
      ])
    }

    func transport() -> InMemoryTransport {
      InMemoryTransport { [self] request in
        if request.route == "/api/v5/account/balance" { stamps.withLock { $0.append(clock.now()) } }
        return venue.respond(request)
      }
    }

    /// The most balance requests in any window of `seconds` seconds.
    func busiestWindow(_ seconds: TimeInterval) -> Int {
      let times = stamps.withLock { $0 }.sorted()
      return times.indices.map { i in times[i...].prefix { $0.timeIntervalSince(times[i]) < seconds }.count }.max() ?? 0
    }
  }

  private func client(_ name: String, _ venue: StampingVenue, pacers: UserRequestPacers?) throws -> OKXClient {
    let configuration = ClientConfiguration(
      accountName: name, venue: .okx,
      credentials: Credentials(apiKey: "key-\(name)", secret: Secret("secret-\(name)"), passphrase: Secret("pass")))
    return try OKXClient(
      configuration: configuration, transport: venue.transport(), clock: venue.clock, jitter: { 0 }, pacers: pacers)
  }

  @Test func twoKeysOfOneUserShareTheBalanceWindow() async throws {
    let venue = try StampingVenue(clock: ManualClock(), uid: "44705892343619584")
    let pacers = UserRequestPacers()
    let first = try client("a", venue, pacers: pacers)
    let second = try client("b", venue, pacers: pacers)
    for _ in 0..<8 {
      _ = try await first.fetchSnapshot()
      _ = try await second.fetchSnapshot()
    }
    #expect(venue.busiestWindow(2) <= 10)
    #expect(!venue.clock.slept.isEmpty)
  }

  @Test func keysOfDifferentUsersOrWithoutSharingPaceAlone() async throws {
    let venue = try StampingVenue(clock: ManualClock(), uid: "1")
    let first = try client("a", venue, pacers: nil)
    let second = try client("b", venue, pacers: nil)
    for _ in 0..<8 {
      _ = try await first.fetchSnapshot()
      _ = try await second.fetchSnapshot()
    }
    // 16 requests, each key within its own 10: nobody waited.
    #expect(venue.clock.slept.isEmpty)
    #expect(venue.busiestWindow(2) == 16)
  }

  @Test func refreshesAskedForTogetherStayInsideTheWindow() async throws {
    let venue = try StampingVenue(clock: ManualClock(), uid: "7")
    let okx = try client("a", venue, pacers: UserRequestPacers())
    _ = try await okx.fetchKeyInfo()
    await withTaskGroup(of: Void.self) { group in
      for _ in 0..<40 { group.addTask { _ = try? await okx.fetchSnapshot() } }
    }
    #expect(venue.stamps.withLock { $0.count } == 40)
    #expect(venue.busiestWindow(2) <= 10)
  }
}
