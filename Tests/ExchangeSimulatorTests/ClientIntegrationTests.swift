import ExchangeKit
import ExchangeModel
import ExchangeSimulator
import Foundation
import Testing

/// The real client layer (ExchangeKit over AsyncHTTPClient) reads every simulated account, and
/// each fault surfaces as the error kind the client layer defines for it.
@Suite struct ClientIntegrationTests {
  /// A client for `key` against `server` over the process-wide transport (which a failed
  /// expectation can never leave un-shut-down).
  struct Harness {
    let transport = AsyncHTTPTransport.shared
    let client: any ExchangeClient

    init(_ key: SimulatedKey, server: SimulatorServer, timeout: Duration = .seconds(5), clock: (any ExchangeClock)? = nil)
      throws
    {
      let configuration = ClientConfiguration(
        accountName: "sim-\(key.mode.rawValue)", venue: key.venue, environment: key.environment,
        baseURL: server.baseURL,
        credentials: Credentials(apiKey: key.apiKey, secret: Secret(key.secret), passphrase: key.passphrase.map(Secret.init)),
        requestTimeout: timeout)
      if let clock {
        client = try ExchangeClients.make(configuration, transport: transport, clock: clock)
      } else {
        client = try ExchangeClients.make(configuration, transport: transport)
      }
    }
  }

  @Test func everyAccountDecodesWithTheClientLayer() async throws {
    let server = try await SimulatorServer.start()
    for key in server.keys {
      let harness = try Harness(key, server: server)
      let snapshot = try await harness.client.fetchSnapshot()
      #expect(snapshot.mode == key.mode)
      #expect((10...30).contains(snapshot.currencies.count))
      // Bybit isolated margin: no account-wide field applies, so there is no total to read.
      let isolated = key == server.bybitIsolatedKey
      #expect((snapshot.totals.equityUSD != nil) != isolated, "\(key.name)")
      let info = try await harness.client.fetchKeyInfo()
      #expect(info.readOnly)
      #expect(info.mode == key.mode)
      let offset = try await harness.client.synchronizeClock()
      #expect(abs(offset.components.seconds) < 2)
      switch key.mode {
      case .futures:
        #expect(snapshot.totals.marginRatio == nil)
        #expect(snapshot.currencies.contains { $0.marginRatio != nil })
      case .unified where isolated:
        #expect(snapshot.totals.marginRatio == nil)
        #expect(snapshot.risk.marginUsage == nil)
        // Account-wide figures do not apply in isolated margin: never ok, never a usage.
        #expect(snapshot.risk.marginLevel == .unknown || snapshot.risk.marginLevel == .none)
        #expect(snapshot.marginInfo.marginMode == .isolated)
        #expect(snapshot.currencies.allSatisfy { ($0.liabilities?.value ?? 0) == 0 })
      case .spot, .multiCurrencyMargin, .portfolioMargin, .unified:
        #expect(snapshot.totals.marginRatio != nil)
        #expect(snapshot.risk.marginUsage != nil)
        #expect(snapshot.currencies.contains { ($0.liabilities?.value ?? 0) > 0 })
      default:
        Issue.record("unexpected mode \(key.mode)")
      }
    }
    await server.shutdown()
  }

  @Test func theWholeEpisodeDecodesAndReachesTheRiskZone() async throws {
    let clock = ManualSimulatorClock()
    var configuration = SimulatorConfiguration(seed: 42)
    configuration.clock = clock
    let server = try await SimulatorServer.start(configuration)
    let okx = try Harness(server.okxKey, server: server, clock: SteppedClock(clock))
    let bybit = try Harness(server.bybitKey, server: server, clock: SteppedClock(clock))
    var worstOKX = ExactDecimal(100)
    var worstBybit = ExactDecimal(0)
    var conversion = 0
    for _ in stride(from: 0, to: 60, by: 3) {
      let a = try await okx.client.fetchSnapshot()
      let b = try await bybit.client.fetchSnapshot()
      worstOKX = min(worstOKX, a.totals.marginRatio?.value ?? 100)
      worstBybit = max(worstBybit, b.totals.marginRatio?.value ?? 0)
      conversion = max(conversion, a.currencies.compactMap(\.autoConversionRisk).max() ?? 0)
      clock.advance(by: .seconds(3))
    }
    // Past liquidation: adjusted equity below zero.
    #expect(worstOKX < 0)
    #expect(worstBybit > ExactDecimal("0.8")!)
    #expect(conversion == 5)
    await server.shutdown()
  }

  /// Each fault, after a first good read, and the error kind the client must report for it.
  static let faults: [(SimulatedFault, ExchangeError.Kind)] = [
    (.rateLimitBurst, .rateLimit),
    (.serverError(status: 503), .server),
    (.htmlBadGateway, .server),
    (.truncatedJSON, .decode),
    (.stall(.seconds(10)), .timeout),
    (.revokedKey, .auth),
  ]

  @Test(arguments: [Venue.okx, .bybit])
  func eachFaultGivesTheClientsErrorKind(venue: Venue) async throws {
    for (fault, kind) in Self.faults {
      let server = try await SimulatorServer.start()
      let key = venue == .okx ? server.okxKey : server.bybitKey
      let harness = try Harness(key, server: server, timeout: .seconds(5))
      do {
        _ = try await harness.client.fetchSnapshot()
      } catch {
        Issue.record("first read before \(fault.name) on \(venue) failed: \(error)")
      }
      server.inject(fault, venue: venue)
      do {
        _ = try await harness.client.fetchSnapshot()
        Issue.record("\(fault.name) on \(venue) did not fail")
      } catch {
        #expect(error.kind == kind, "\(fault.name) on \(venue)")
        #expect(!error.message.contains(key.apiKey))
      }
      await server.shutdown()
    }
  }

  @Test(arguments: [Venue.okx, .bybit])
  func clockSkewIsMeasuredAndCorrectedByTheClient(venue: Venue) async throws {
    let server = try await SimulatorServer.start()
    server.inject(.clockSkew(.seconds(90)), venue: venue)
    let key = venue == .okx ? server.okxKey : server.bybitKey
    let harness = try Harness(key, server: server)
    let offset = try await harness.client.synchronizeClock()
    #expect(abs(offset.components.seconds - 90) <= 2)
    let snapshot = try await harness.client.fetchSnapshot()
    #expect(!snapshot.currencies.isEmpty)
    await server.shutdown()
  }

  @Test(arguments: [Venue.okx, .bybit])
  func emptyCurrencyListIsAnEmptySnapshotNotAnError(venue: Venue) async throws {
    let server = try await SimulatorServer.start()
    let key = venue == .okx ? server.okxKey : server.bybitKey
    let harness = try Harness(key, server: server)
    _ = try await harness.client.fetchSnapshot()
    server.inject(.emptyCurrencyList, venue: venue)
    let snapshot = try await harness.client.fetchSnapshot()
    #expect(snapshot.currencies.isEmpty)
    #expect(snapshot.totals.equityUSD != nil)
    await server.shutdown()
  }
}

/// The client's view of a `ManualSimulatorClock`: same time, sleeping is instant.
struct SteppedClock: ExchangeClock {
  let clock: ManualSimulatorClock
  init(_ clock: ManualSimulatorClock) { self.clock = clock }
  func now() -> Date { clock.now() }
  func sleep(for duration: Duration) async throws {}
}
