import ExchangeModel
import Foundation
import HTTPTypes

/// The signed OKX v5 REST client for one account.
///
/// The account mode comes from `/api/v5/account/config`, read once and cached; when that read
/// fails the balance is still returned, with mode `.unknown`, and the config is retried a
/// minute later. A `ccy` filter longer than 20 currencies is split into requests of 20 and merged.
public actor OKXClient: ExchangeClient {
  /// OKX accepts at most this many currencies in one `ccy` filter.
  public static let currenciesPerRequest = 20
  /// How long to wait before retrying a failed config read.
  static let configRetryInterval: TimeInterval = 60

  public nonisolated let accountName: String
  public nonisolated let venue = Venue.okx
  public nonisolated let minimumInterval: Duration

  private let configuration: ClientConfiguration
  private let signer: OKXSigner
  private let session: VenueSession
  private var mode: AccountMode?
  private var lastConfigFailure: Date?

  /// Creates the client; `pacers` shares the venue's limits with the other keys of the same
  /// user id, learnt from the account config. Throws `.config` for a refused base URL.
  public init(
    configuration: ClientConfiguration, transport: any HTTPTransport,
    clock: any ExchangeClock = SystemExchangeClock(),
    jitter: @escaping @Sendable () -> Double = { Double.random(in: 0...1) }, pacers: UserRequestPacers? = nil
  ) throws(ExchangeError) {
    self.configuration = configuration
    accountName = configuration.accountName
    signer = OKXSigner(credentials: configuration.credentials)
    // 10 balance requests per 2 s: each chunk of 20 currencies costs one.
    let chunks = max(1, (configuration.currencies.count + OKXClient.currenciesPerRequest - 1) / OKXClient.currenciesPerRequest)
    minimumInterval = max(.seconds(1), .milliseconds(200) * chunks)
    session = try VenueSession(
      configuration: configuration, timePath: "/api/v5/public/time",
      limits: [
        "balance": SlidingWindowLimit(limit: 10, window: .seconds(2)),
        "config": SlidingWindowLimit(limit: 5, window: .seconds(2)),
        "time": SlidingWindowLimit(limit: 10, window: .seconds(2)),
      ], transport: transport, clock: clock, jitter: jitter, pacers: pacers)
  }

  public func fetchSnapshot() async throws(ExchangeError) -> AccountSnapshot {
    let mode = try await currentMode()
    let chunks = configuration.currencies.isEmpty ? [[]] : configuration.currencies.chunked(OKXClient.currenciesPerRequest)
    var parts: [AccountSnapshot] = []
    for chunk in chunks {
      let query = QueryString(chunk.isEmpty ? [] : [("ccy", chunk.joined(separator: ","))])
      let name = accountName
      let part = try await signedGet("balance", path: "/api/v5/account/balance", query: query) {
        response, received throws(ExchangeError) in
        try OKXBalanceDecoder.decode(response.body, accountName: name, mode: mode, fetchedAt: received)
      }
      parts.append(part)
    }
    guard let first = parts.first else { throw ErrorClassifier.malformed(venue: .okx, httpStatus: nil) }
    return AccountSnapshot.merging(first, Array(parts.dropFirst()))
  }

  public func fetchKeyInfo() async throws(ExchangeError) -> KeyInfo {
    let info = try await signedGet("config", path: "/api/v5/account/config", query: QueryString([])) {
      response, _ throws(ExchangeError) in try OKXConfigDecoder.decode(response.body)
    }
    mode = info.mode
    await session.identify(userID: info.userID)
    return info
  }

  public func synchronizeClock() async throws(ExchangeError) -> Duration {
    try await session.synchronizeClock()
  }

  /// The cached account mode, reading the config when it is not known yet.
  private func currentMode() async throws(ExchangeError) -> AccountMode {
    if let mode { return mode }
    let now = await session.now()
    if let lastConfigFailure, now.timeIntervalSince(lastConfigFailure) < OKXClient.configRetryInterval {
      return .unknown
    }
    do {
      return try await fetchKeyInfo().mode
    } catch where error.kind == .network || error.kind == .timeout {
      throw error
    } catch {
      lastConfigFailure = now
      return .unknown
    }
  }

  private func signedGet<T: Sendable>(
    _ endpoint: String, path: String, query: QueryString,
    decode: @escaping @Sendable (TransportResponse, Date) throws(ExchangeError) -> T
  ) async throws(ExchangeError) -> T {
    let signer = signer
    let demo = configuration.environment == .demo
    return try await session.get(endpoint, path: path, query: query, sign: { venueTime, requestPath in
      var headers = signer.headers(timestamp: OKXSigner.timestamp(venueTime), method: "GET", requestPath: requestPath)
      if demo { headers[.okxSimulatedTrading] = "1" }
      return headers
    }, decode: decode)
  }
}
