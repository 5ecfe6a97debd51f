import ExchangeKit
import ExchangeModel
import Foundation
import Testing

/// The clients over real HTTP on loopback, through `AsyncHTTPTransport`.
@Suite(.serialized) struct LoopbackHTTPTests {
  static let key = LoopbackVenue.Key(apiKey: "loop-key-0123456789", secret: "loop-secret", passphrase: "loop-pass")

  private func withVenue(_ body: (LoopbackVenue, AsyncHTTPTransport) async throws -> Void) async throws {
    let venue = try await LoopbackVenue.start(
      key: Self.key, okxBalance: try Fixtures.data("okx-balance-multiccy-ccxt.json"),
      bybitWallet: try Fixtures.data("bybit-wallet-UNIFIED-ccxt.json"))
    let transport = AsyncHTTPTransport(connectTimeout: .seconds(1))
    do {
      try await body(venue, transport)
    } catch {
      try await transport.shutdown()
      await venue.stop()
      throw error
    }
    try await transport.shutdown()
    await venue.stop()
  }

  private func client(
    _ venue: Venue, _ base: URL, _ transport: AsyncHTTPTransport, timeout: Duration = .seconds(5),
    currencies: [String] = []
  ) throws -> any ExchangeClient {
    try ExchangeClients.make(
      ClientConfiguration(
        accountName: "loop", venue: venue, baseURL: base,
        credentials: Credentials(
          apiKey: Self.key.apiKey, secret: Secret(Self.key.secret), passphrase: Secret(Self.key.passphrase)),
        currencies: currencies, requestTimeout: timeout),
      transport: transport)
  }

  private func failure(_ operation: () async throws -> AccountSnapshot) async -> ExchangeError? {
    do {
      _ = try await operation()
      return nil
    } catch {
      return error as? ExchangeError
    }
  }

  @Test func signedRequestsVerifiedByTheServer() async throws {
    try await withVenue { venue, transport in
      let okx = try client(.okx, venue.baseURL("ok"), transport, currencies: ["BTC", "USDT", "A B"])
      let okxSnapshot = try await okx.fetchSnapshot()
      #expect(okxSnapshot.currencies.count == 13)
      let bybit = try client(.bybit, venue.baseURL("ok"), transport, currencies: ["BTC", "USDT"])
      let bybitSnapshot = try await bybit.fetchSnapshot()
      #expect(bybitSnapshot.currencies.count == 7)
      #expect(venue.verifiedRequests == 2)
      let forged = try ExchangeClients.make(
        ClientConfiguration(
          accountName: "loop", venue: .okx, baseURL: venue.baseURL("ok"),
          credentials: Credentials(apiKey: Self.key.apiKey, secret: Secret("wrong"), passphrase: Secret("loop-pass"))),
        transport: transport)
      let error = await failure { try await forged.fetchSnapshot() }
      #expect(error?.kind == .auth)
      #expect(error?.code == "50113")
    }
  }

  @Test func aSlowVenueTimesOutAtTheDeadline() async throws {
    try await withVenue { venue, transport in
      let okx = try client(.okx, venue.baseURL("slow"), transport, timeout: .milliseconds(400))
      let start = ContinuousClock.now
      let error = await failure { try await okx.fetchSnapshot() }
      #expect(error?.kind == .timeout)
      #expect(ContinuousClock.now - start < .seconds(2))
    }
  }

  @Test func aRefusedConnectionFailsFast() async throws {
    let transport = AsyncHTTPTransport(connectTimeout: .seconds(1))
    let bybit = try client(.bybit, URL(string: "http://127.0.0.1:1")!, transport, timeout: .seconds(5))
    let start = ContinuousClock.now
    let error = await failure { try await bybit.fetchSnapshot() }
    let elapsed = ContinuousClock.now - start
    try await transport.shutdown()
    #expect(error?.kind == .network)
    #expect(error?.message == "cannot connect to 127.0.0.1: connection refused")
    #expect(elapsed < .seconds(1))
  }

  @Test func anHTMLErrorPageIsAServerError() async throws {
    try await withVenue { venue, transport in
      let error = await failure { try await client(.okx, venue.baseURL("html502"), transport).fetchSnapshot() }
      #expect(error?.kind == .server)
      #expect(error?.httpStatus == 502)
      #expect(error?.retryAfter != nil)
    }
  }

  @Test func truncatedJSONIsADecodeError() async throws {
    try await withVenue { venue, transport in
      let error = await failure { try await client(.bybit, venue.baseURL("truncated"), transport).fetchSnapshot() }
      #expect(error?.kind == .decode)
    }
  }

  @Test func rateLimitsCarryTheVenuesResetTime() async throws {
    try await withVenue { venue, transport in
      let bybit = await failure { try await client(.bybit, venue.baseURL("ratelimited"), transport).fetchSnapshot() }
      #expect(bybit?.kind == .rateLimit)
      let wait = bybit?.retryAfter.map { $0.timeIntervalSinceNow } ?? 0
      #expect(wait > 25 && wait <= 31)
      #expect(bybit?.message.hasPrefix("rate limited by Bybit; retrying in ") == true)
      let okx = await failure { try await client(.okx, venue.baseURL("ratelimited"), transport).fetchSnapshot() }
      #expect(okx?.kind == .rateLimit)
      #expect(okx?.httpStatus == 429)
      #expect(okx?.code == "50011")
    }
  }
}
