import ExchangeKit
import ExchangeModel
import Foundation
import HTTPTypes
import Testing

@Suite struct ClientTests {
  static let okxCredentials = Credentials(
    apiKey: "okx-key-0123456789", secret: Secret("okx-secret-value"), passphrase: Secret("okx-passphrase"))
  static let bybitCredentials = Credentials(apiKey: "bybit-key-0123456789", secret: Secret("bybit-secret-value"))

  func okx(
    _ venue: FakeVenue, clock: ManualClock = ManualClock(), currencies: [String] = [],
    environment: VenueEnvironment = .live
  ) throws -> (OKXClient, InMemoryTransport) {
    let transport = InMemoryTransport { venue.respond($0) }
    let configuration = ClientConfiguration(
      accountName: "okx-main", venue: .okx, environment: environment, credentials: Self.okxCredentials,
      currencies: currencies)
    return (try OKXClient(configuration: configuration, transport: transport, clock: clock, jitter: { 0 }), transport)
  }

  func bybit(_ venue: FakeVenue, clock: ManualClock = ManualClock()) throws -> (BybitClient, InMemoryTransport) {
    let transport = InMemoryTransport { venue.respond($0) }
    let configuration = ClientConfiguration(accountName: "bybit-main", venue: .bybit, credentials: Self.bybitCredentials)
    return (try BybitClient(configuration: configuration, transport: transport, clock: clock, jitter: { 0 }), transport)
  }

  func okxVenue() throws -> FakeVenue {
    FakeVenue([
      "/api/v5/public/time": [FakeVenue.okxTime],
      "/api/v5/account/config": [TransportResponse(status: 200, body: try Fixtures.data("okx-account-config-acctlv1-ccxt.json"))],
      "/api/v5/account/balance": [TransportResponse(status: 200, body: try Fixtures.data("okx-balance-multiccy-ccxt.json"))],
    ])
  }

  @Test func okxSignsWithTheCorrectedClockAndCachesTheMode() async throws {
    let (client, transport) = try okx(try okxVenue(), environment: .demo)
    let first = try await client.fetchSnapshot()
    _ = try await client.fetchSnapshot()
    #expect(first.mode == .spot)
    #expect(first.currencies.count == 13)
    let paths = transport.requests.map(\.route)
    #expect(paths == ["/api/v5/public/time", "/api/v5/account/config", "/api/v5/account/balance", "/api/v5/account/balance"])
    let balance = transport.requests[2]
    // The server clock is 5 s ahead of the manual clock.
    #expect(balance.head.headerFields[.okxAccessTimestamp] == "2023-11-14T22:13:25.000Z")
    let prehash = OKXSigner.prehash(
      timestamp: "2023-11-14T22:13:25.000Z", method: "GET", requestPath: "/api/v5/account/balance")
    #expect(balance.head.headerFields[.okxAccessSign] == OKXSigner.signature(secret: Secret("okx-secret-value"), prehash: prehash))
    #expect(balance.head.headerFields[.okxAccessPassphrase] == "okx-passphrase")
    #expect(balance.head.headerFields[.okxSimulatedTrading] == "1")
    #expect(balance.head.scheme == "https")
    #expect(balance.head.authority == "www.okx.com")
    #expect(balance.head.path == "/api/v5/account/balance")
    #expect(balance.timeout == .seconds(5))
  }

  @Test func okxSplitsTheCurrencyFilterIntoChunksOf20() async throws {
    let currencies = (0..<45).map { "C\($0)" }
    let venue = try okxVenue()
    let (client, transport) = try okx(venue, currencies: currencies)
    let snapshot = try await client.fetchSnapshot()
    let balances = transport.requests.filter { $0.route == "/api/v5/account/balance" }
    #expect(balances.count == 3)
    let filters = balances.compactMap(\.query)
    #expect(filters.map { $0.split(separator: ",").count } == [20, 20, 5])
    #expect(filters[0].hasPrefix("ccy=C0,C1,"))
    // The signed requestPath carries exactly the query that was sent.
    let stamp = try #require(balances[1].head.headerFields[.okxAccessTimestamp])
    let prehash = OKXSigner.prehash(
      timestamp: stamp, method: "GET", requestPath: "/api/v5/account/balance?" + filters[1])
    #expect(balances[1].head.headerFields[.okxAccessSign] == OKXSigner.signature(secret: Secret("okx-secret-value"), prehash: prehash))
    // The same currencies came back three times: merged once each.
    #expect(snapshot.currencies.count == 13)
    #expect(client.minimumInterval == .seconds(1))
  }

  @Test func okxConfigFailureStillReturnsTheBalanceWithUnknownMode() async throws {
    let venue = try okxVenue()
    venue.on("/api/v5/account/config", .json(#"{"code":"50120","msg":"no permission","data":[]}"#))
    let (client, transport) = try okx(venue)
    let snapshot = try await client.fetchSnapshot()
    #expect(snapshot.mode == .unknown)
    #expect(snapshot.currencies.count == 13)
    _ = try await client.fetchSnapshot()
    // Not retried within the minute.
    #expect(transport.requests.filter { $0.route == "/api/v5/account/config" }.count == 1)
  }

  @Test func aClockErrorResynchronisesAndRetriesOnce() async throws {
    let venue = try okxVenue()
    venue.on(
      "/api/v5/account/balance", .json(#"{"code":"50102","msg":"Timestamp request expired","data":[]}"#, status: 401),
      TransportResponse(status: 200, body: try Fixtures.data("okx-balance-multiccy-ccxt.json")))
    let (client, transport) = try okx(venue)
    let snapshot = try await client.fetchSnapshot()
    #expect(snapshot.currencies.count == 13)
    let paths = transport.requests.map(\.route)
    #expect(paths.filter { $0 == "/api/v5/public/time" }.count == 2)
    #expect(paths.filter { $0 == "/api/v5/account/balance" }.count == 2)
  }

  @Test func bybitRateLimitHonoursTheResetTimestamp() async throws {
    let clock = ManualClock()
    let venue = FakeVenue(["/v5/market/time": [FakeVenue.bybitTime]])
    // The venue's clock is 5 s ahead, so its reset at +12 s is local +7 s.
    venue.on(
      "/v5/account/wallet-balance",
      .json(
        #"{"retCode":10006,"retMsg":"Too many visits!","result":{},"time":1700000005000}"#,
        headerFields: [.bybitLimitStatus: "0", .bybitLimit: "50", .bybitLimitResetTimestamp: "1700000012000"]),
      TransportResponse(status: 200, body: try Fixtures.data("bybit-wallet-UNIFIED-ccxt.json")))
    let (client, transport) = try bybit(venue, clock: clock)
    await #expect {
      try await client.fetchSnapshot()
    } throws: { error in
      guard let error = error as? ExchangeError else { return false }
      return error.kind == .rateLimit && error.code == "10006"
        && error.retryAfter == Date(timeIntervalSince1970: 1_700_000_007)
        && error.message == "rate limited by Bybit; retrying in 7 s"
    }
    // Before the reset a refresh fails at once with the same error and sends nothing.
    let sent = transport.requests.count
    clock.advance(3)
    await #expect {
      try await client.fetchSnapshot()
    } throws: { error in
      (error as? ExchangeError)?.retryAfter == Date(timeIntervalSince1970: 1_700_000_007)
        && (error as? ExchangeError)?.message == "rate limited by Bybit; retrying in 4 s"
    }
    #expect(transport.requests.count == sent)
    clock.advance(4)
    let snapshot = try await client.fetchSnapshot()
    #expect(snapshot.currencies.count == 7)
    #expect(clock.slept.isEmpty)
    let wallet = try #require(transport.requests.last)
    #expect(wallet.query == "accountType=UNIFIED")
    let stamp = try #require(wallet.head.headerFields[.bybitTimestamp])
    let prehash = BybitSigner.prehash(
      timestamp: stamp, apiKey: "bybit-key-0123456789", recvWindow: 5000, queryString: "accountType=UNIFIED")
    #expect(wallet.head.headerFields[.bybitSign] == BybitSigner.signature(secret: Secret("bybit-secret-value"), prehash: prehash))
  }

  @Test func serverErrorsBackOffExponentially() async throws {
    let clock = ManualClock()
    let venue = FakeVenue(["/v5/market/time": [FakeVenue.bybitTime]])
    venue.on("/v5/account/wallet-balance", TransportResponse(status: 502, headerFields: [.contentType: "text/html"], body: Data("<html>".utf8)))
    let (client, _) = try bybit(venue, clock: clock)
    var waits: [TimeInterval] = []
    for _ in 0..<3 {
      do {
        _ = try await client.fetchSnapshot()
      } catch {
        #expect(error.kind == .server)
        waits.append(try #require(error.retryAfter).timeIntervalSince(clock.now()))
      }
    }
    // Jitter 0 gives the lower half of each step: 1 s, 2 s, 4 s.
    #expect(waits == [1, 2, 4])
    #expect(clock.slept == [.seconds(1), .seconds(2)])
  }

  @Test func okxStaysUnderTenBalanceRequestsPerTwoSeconds() async throws {
    let clock = ManualClock()
    let (client, _) = try okx(try okxVenue(), clock: clock)
    for _ in 0..<11 { _ = try await client.fetchSnapshot() }
    // The window plus its margin for the spread of latency (the venue counts arrivals).
    #expect(clock.slept == [.seconds(2) + SlidingWindowLimit.margin])
  }

  @Test func baseURLsAndPlainHTTP() throws {
    func make(_ venue: Venue, _ environment: VenueEnvironment, _ url: String?) throws -> any ExchangeClient {
      try ExchangeClients.make(
        ClientConfiguration(
          accountName: "a", venue: venue, environment: environment, baseURL: url.flatMap(URL.init(string:)),
          credentials: Self.bybitCredentials),
        transport: InMemoryTransport { _ in TransportResponse(status: 500, body: Data()) })
    }
    for url in ["http://127.0.0.1:8080", "http://localhost:1", "http://[::1]:9000", "https://eea.okx.com", nil] {
      #expect(throws: Never.self) { try make(.okx, .live, url) }
    }
    for url in ["http://api.bybit.com", "http://10.0.0.1", "ftp://127.0.0.1", "http://127.example.com"] {
      #expect {
        try make(.bybit, .live, url)
      } throws: { ($0 as? ExchangeError)?.kind == .config }
    }
    #expect(try make(.bybit, .testnet, nil).venue == .bybit)
    #expect(try make(.okx, .demo, nil) is OKXClient)
  }

  @Test func bybitHostsPerEnvironment() async throws {
    for (environment, host) in [(VenueEnvironment.live, "api.bybit.com"), (.testnet, "api-testnet.bybit.com"), (.demo, "api-demo.bybit.com")] {
      let transport = InMemoryTransport { _ in FakeVenue.bybitTime }
      let client = try ExchangeClients.make(
        ClientConfiguration(accountName: "a", venue: .bybit, environment: environment, credentials: Self.bybitCredentials),
        transport: transport)
      _ = try await client.synchronizeClock()
      #expect(transport.requests.first?.head.authority == host)
    }
  }

  @Test func noErrorMessageContainsTheKeyOrSecrets() async throws {
    let secrets = ["okx-key-0123456789", "okx-secret-value", "okx-passphrase", "bybit-key-0123456789", "bybit-secret-value"]
    let echoes = [
      #"{"code":"50113","msg":"Invalid Sign okx-key-0123456789 okx-secret-value"}"#,
      #"{"retCode":10004,"retMsg":"error sign! origin_string[1700000005000bybit-key-01234567895000accountType=UNIFIED]"}"#,
      #"{"code":"51999","msg":"okx-passphrase"}"#, #"{"retCode":99999,"retMsg":"bybit-secret-value"}"#,
      "<html>okx-key-0123456789</html>", #"{"code":"0","data":[{"details":[{"ccy":"#,
    ]
    var messages: [String] = []
    for body in echoes {
      for status in [200, 401, 403, 429, 502] {
        let okxVenue = FakeVenue(["/api/v5/public/time": [FakeVenue.okxTime]])
        okxVenue.on("/api/v5/account/balance", .json(body, status: status))
        okxVenue.on("/api/v5/account/config", .json(body, status: status))
        let bybitVenue = FakeVenue(["/v5/market/time": [FakeVenue.bybitTime]])
        bybitVenue.on("/v5/account/wallet-balance", .json(body, status: status))
        bybitVenue.on("/v5/user/query-api", .json(body, status: status))
        let clients: [any ExchangeClient] = [try okx(okxVenue).0, try bybit(bybitVenue).0]
        for client in clients {
          for operation in 0..<2 {
            do throws(ExchangeError) {
              if operation == 0 { _ = try await client.fetchSnapshot() } else { _ = try await client.fetchKeyInfo() }
              Issue.record("expected an error for \(body) with \(status)")
            } catch {
              messages.append(error.message)
              messages.append(error.description)
              messages.append(String(describing: error))
            }
          }
        }
      }
    }
    #expect(messages.count > 100)
    for message in messages {
      for secret in secrets { #expect(!message.contains(secret), "\(message)") }
      #expect(!message.contains("origin_string") && !message.contains("Invalid Sign"))
    }
  }
}
