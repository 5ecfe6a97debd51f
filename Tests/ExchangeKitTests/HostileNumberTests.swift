import ExchangeKit
import ExchangeModel
import Foundation
import HTTPTypes
import Testing

/// Numbers and text from a venue that are well-formed HTTP and JSON but out of any sane range:
/// each used to trap the process (issue #12); now each is an error or a capped wait.
@Suite struct HostileNumberTests {
  static let credentials = Credentials(
    apiKey: "okx-key-0123456789", secret: Secret("okx-secret-value"), passphrase: Secret("okx-passphrase"))

  private func okx(_ venue: FakeVenue, clock: ManualClock) throws -> OKXClient {
    let transport = InMemoryTransport { venue.respond($0) }
    let configuration = ClientConfiguration(accountName: "okx-main", venue: .okx, credentials: Self.credentials)
    return try OKXClient(configuration: configuration, transport: transport, clock: clock, jitter: { 0 })
  }

  private func bybit(_ venue: FakeVenue, clock: ManualClock) throws -> BybitClient {
    let transport = InMemoryTransport { venue.respond($0) }
    let configuration = ClientConfiguration(
      accountName: "bybit-main", venue: .bybit, credentials: Credentials(apiKey: "bybit-key-0123", secret: Secret("s")))
    return try BybitClient(configuration: configuration, transport: transport, clock: clock, jitter: { 0 })
  }

  private func rateLimitedOKX(retryAfter: String) throws -> FakeVenue {
    FakeVenue([
      "/api/v5/public/time": [FakeVenue.okxTime],
      "/api/v5/account/config": [.json(#"{"code":"0","msg":"","data":[{"acctLv":"1","uid":"1"}]}"#)],
      "/api/v5/account/balance": [
        .json(#"{"code":"50011","msg":"Too Many Requests","data":[]}"#, status: 429, headerFields: [.retryAfter: retryAfter])
      ],
    ])
  }

  private func error(_ operation: () async throws -> some Any) async -> ExchangeError? {
    do {
      _ = try await operation()
      return nil
    } catch {
      return error as? ExchangeError
    }
  }

  @Test(arguments: ["9223372036854775807", "1000000000000000000", "99999999999999999999999999", "86400"])
  func aHugeRetryAfterIsCappedAndSaysSo(_ header: String) async throws {
    let clock = ManualClock()
    let client = try okx(try rateLimitedOKX(retryAfter: header), clock: clock)
    let failure = try #require(await error { try await client.fetchSnapshot() })
    #expect(failure.kind == .rateLimit)
    let wait = try #require(failure.retryAfter).timeIntervalSince(clock.now())
    #expect(wait <= RetryHint.longest && wait >= RetryHint.longest - 1)
    #expect(failure.message.hasSuffix("retrying in 10 min (the venue asked for a longer wait; capped)"))
    // The next refresh is refused at once with the same capped wait, not sent.
    let again = try #require(await error { try await client.fetchSnapshot() })
    #expect(again.kind == .rateLimit)
  }

  @Test func aRetryAfterGivenAsAnHTTPDateIsHonoured() async throws {
    // The manual clock starts at 2023-11-14T22:13:20Z; the venue asks for 40 s later.
    let clock = ManualClock()
    let client = try okx(try rateLimitedOKX(retryAfter: "Tue, 14 Nov 2023 22:14:00 GMT"), clock: clock)
    let failure = try #require(await error { try await client.fetchSnapshot() })
    #expect(failure.retryAfter == Date(timeIntervalSince1970: 1_700_000_040))
    #expect(failure.message == "rate limited by OKX; retrying in 40 s")
  }

  @Test func retryAfterParsing() {
    let now = Date(timeIntervalSince1970: 1_700_000_000)
    #expect(RetryHint.retryAfter("7", now: now) == RetryHint(until: now.addingTimeInterval(7), now: now))
    #expect(RetryHint.retryAfter(" 7 ", now: now)?.capped == false)
    #expect(RetryHint.retryAfter("601", now: now)?.capped == true)
    #expect(RetryHint.retryAfter("Sun, 06 Nov 1994 08:49:37 GMT", now: now)?.date == now)
    #expect(RetryHint.retryAfter("Tue, 14 Nov 2023 22:13:21 GMT", now: now)?.date == now.addingTimeInterval(1))
    #expect(RetryHint.retryAfter("Fri, 31 Dec 9999 23:59:59 GMT", now: now)?.capped == true)
    for garbage in ["", "-5", "1.5", "soon", "Tue, 14 Nov 2023 25:13:21 GMT", "Tue, 14 Foo 2023 22:13:21 GMT", "1e9"] {
      #expect(RetryHint.retryAfter(garbage, now: now) == nil, "\(garbage)")
    }
  }

  @Test func bybitsResetStampFarInTheFutureIsCapped() async throws {
    let clock = ManualClock()
    let venue = FakeVenue([
      "/v5/market/time": [FakeVenue.bybitTime],
      "/v5/account/wallet-balance": [
        .json(
          #"{"retCode":10006,"retMsg":"Too many visits!","result":{},"time":1700000005000}"#,
          headerFields: [.bybitLimitStatus: "0", .bybitLimitResetTimestamp: "9223372036854775807"])
      ],
    ])
    let client = try bybit(venue, clock: clock)
    let failure = try #require(await error { try await client.fetchSnapshot() })
    #expect(failure.kind == .rateLimit)
    let wait = try #require(failure.retryAfter).timeIntervalSince(clock.now())
    #expect(wait <= RetryHint.longest)
    #expect(failure.message.contains("capped"))
  }

  @Test(arguments: [#""99999999999999999999""#, #""1e30""#, "1e30", #""-5""#, #""1000""#])
  func anAbsurdOKXServerTimeIsAnErrorNotAnOffset(_ ts: String) async throws {
    let body = Data(#"{"code":"0","msg":"","data":[{"ts":\#(ts)}]}"#.utf8)
    #expect(throws: ExchangeError.self) { try ServerTimeDecoder.decode(body, venue: .okx) }
    let clock = ManualClock()
    let venue = FakeVenue([
      "/api/v5/public/time": [TransportResponse(status: 200, body: body)],
      "/api/v5/account/config": [.json(#"{"code":"0","msg":"","data":[{"acctLv":"1","uid":"1"}]}"#)],
      "/api/v5/account/balance": [TransportResponse(status: 200, body: try Fixtures.data("okx-balance-multiccy-ccxt.json"))],
    ])
    let client = try okx(venue, clock: clock)
    let failure = try #require(await error { try await client.synchronizeClock() })
    #expect(failure.kind == .decode)
    // The balance is still read, signed with the local clock.
    #expect(try await client.fetchSnapshot().currencies.count == 13)
  }

  @Test(arguments: [
    #"{"timeSecond":"1700000005","timeNano":"1e32"}"#, #"{"timeSecond":"1700000005","timeNano":1e32}"#,
    #"{"timeSecond":"99999999999999999999999"}"#, #"{"timeNano":"-1700000005000000000"}"#,
  ])
  func anAbsurdBybitServerTimeIsAnError(_ result: String) {
    let body = Data(#"{"retCode":0,"retMsg":"OK","result":\#(result)}"#.utf8)
    #expect(throws: ExchangeError.self) { try ServerTimeDecoder.decode(body, venue: .bybit) }
  }

  @Test func aPlausibleServerTimeStillDecodes() throws {
    let okx = try ServerTimeDecoder.decode(FakeVenue.okxTime.body, venue: .okx)
    #expect(okx == Date(timeIntervalSince1970: 1_700_000_005))
    let bybit = try ServerTimeDecoder.decode(FakeVenue.bybitTime.body, venue: .bybit)
    #expect(bybit == Date(timeIntervalSince1970: 1_700_000_005))
  }

  @Test func clockOffsetAndWaitsNeverTrap() {
    let far = ClockOffset(serverTime: .distantFuture, sent: .distantPast, received: .distantPast)
    #expect(far.offset > .seconds(86_400 * 365 * 99))
    #expect(ExchangeError(kind: .rateLimit, message: "x").description == "x")
  }

  @Test(arguments: [
    [UInt8](#"{"e"#.utf8) + [0xFF] + [UInt8](#"q":1}"#.utf8),
    [UInt8](#"{"a":""#.utf8) + [0xC3] + [UInt8](#""}"#.utf8),
    [UInt8](#"{"a\n"#.utf8) + [0xFF] + [UInt8](#"":1}"#.utf8),
    [UInt8](#"["\n"#.utf8) + [0xED, 0xA0, 0x80] + [UInt8](#""]"#.utf8),
    [UInt8](#"{"ok":1,"e"#.utf8) + [0xF8, 0x88, 0x80, 0x80, 0x80] + [UInt8](#"":2}"#.utf8),
  ])
  func theParserRejectsInvalidUTF8(_ bytes: [UInt8]) {
    #expect(throws: JSONParser.Failure.self) { try JSONParser.parse(Data(bytes)) }
  }

  @Test func invalidUTF8InABalanceIsADecodeError() {
    var body = Data(#"{"code":"0","msg":"","data":[{"details":[{"ccy":"B"#.utf8)
    body.append(contentsOf: [0xFF])
    body.append(contentsOf: Data(#"TC","eq":"1"}]}]}"#.utf8))
    #expect(throws: ExchangeError.self) {
      try OKXBalanceDecoder.decode(body, accountName: "a", mode: .spot, fetchedAt: Date())
    }
  }
}
