import ExchangeModel
import Foundation

/// The signed Bybit v5 REST client for one account.
///
/// Bybit's budget comes back in every response (`X-Bapi-Limit-Status`); when it is spent, or a
/// rate limit is hit, no request is sent before `X-Bapi-Limit-Reset-Timestamp`.
///
/// The margin mode (`/v5/account/info`) decides which wallet figures apply: it is read before the
/// first balance and again every `marginInfoLifetime`; a failed read is retried a minute later,
/// and meanwhile the balance carries the last known mode (or none, with the reason).
public actor BybitClient: ExchangeClient {
  /// How long a read margin mode is trusted: a user can switch it at any time.
  static let marginInfoLifetime: TimeInterval = 300
  /// How long to wait before retrying a failed account-info read.
  static let marginInfoRetryInterval: TimeInterval = 60

  public nonisolated let accountName: String
  public nonisolated let venue = Venue.bybit
  public nonisolated let minimumInterval: Duration = .seconds(1)

  private var marginInfo: MarginInfo?
  private var marginInfoReadAt: Date?

  private let configuration: ClientConfiguration
  private let signer: BybitSigner
  private let session: VenueSession

  /// Creates the client; `pacers` shares the venue's limits with the other keys of the same
  /// user id, learnt from the key info. Throws `.config` for a refused base URL.
  public init(
    configuration: ClientConfiguration, transport: any HTTPTransport,
    clock: any ExchangeClock = SystemExchangeClock(),
    jitter: @escaping @Sendable () -> Double = { Double.random(in: 0...1) }, pacers: UserRequestPacers? = nil
  ) throws(ExchangeError) {
    self.configuration = configuration
    accountName = configuration.accountName
    signer = BybitSigner(credentials: configuration.credentials)
    session = try VenueSession(
      configuration: configuration, timePath: "/v5/market/time",
      limits: [
        "wallet": SlidingWindowLimit(limit: 50, window: .seconds(1)),
        "query-api": SlidingWindowLimit(limit: 10, window: .seconds(1)),
        "account-info": SlidingWindowLimit(limit: 10, window: .seconds(1)),
      ], transport: transport, clock: clock, jitter: jitter, pacers: pacers)
  }

  public func fetchSnapshot() async throws(ExchangeError) -> AccountSnapshot {
    // The user id (for limits shared with the user's other keys) comes from the key info, read
    // once; without it the key is paced alone, so a failure here is no reason to stop.
    if await session.wantsIdentity { _ = try? await fetchKeyInfo() }
    var parameters = [(name: "accountType", value: configuration.accountType)]
    if !configuration.currencies.isEmpty {
      parameters.append((name: "coin", value: configuration.currencies.joined(separator: ",")))
    }
    let name = accountName
    let mode = BybitWalletDecoder.mode(accountType: configuration.accountType)
    let info = try await currentMarginInfo()
    return try await signedGet("wallet", path: "/v5/account/wallet-balance", query: QueryString(parameters)) {
      response, received throws(ExchangeError) in
      try BybitWalletDecoder.decode(response.body, accountName: name, mode: mode, fetchedAt: received, marginInfo: info)
    }
  }

  /// Reads the account's margin mode (`GET /v5/account/info`).
  public func fetchMarginInfo() async throws(ExchangeError) -> MarginInfo {
    try await signedGet("account-info", path: "/v5/account/info", query: QueryString([])) {
      response, _ throws(ExchangeError) in try BybitAccountInfoDecoder.decode(response.body)
    }
  }

  /// The margin mode to read this balance with: the cached one while it is fresh, else a new
  /// read. A network failure is thrown (the balance would fail too); any other failure keeps the
  /// last known mode, or none with the reason, and is retried after `marginInfoRetryInterval`.
  private func currentMarginInfo() async throws(ExchangeError) -> MarginInfo {
    let now = await session.now()
    if let marginInfo, let read = marginInfoReadAt {
      let lifetime = marginInfo.marginMode == nil ? BybitClient.marginInfoRetryInterval : BybitClient.marginInfoLifetime
      if now.timeIntervalSince(read) < lifetime { return marginInfo }
    }
    do {
      let info = try await fetchMarginInfo()
      marginInfo = info
      marginInfoReadAt = now
      return info
    } catch where error.kind == .network || error.kind == .timeout {
      throw error
    } catch {
      let fallback = marginInfo?.marginMode != nil
        ? marginInfo ?? MarginInfo()
        : MarginInfo(unavailableReason: "account info: " + error.kind.rawValue)
      marginInfo = fallback
      marginInfoReadAt = now
      return fallback
    }
  }

  public func fetchKeyInfo() async throws(ExchangeError) -> KeyInfo {
    let accountType = configuration.accountType
    let info = try await signedGet("query-api", path: "/v5/user/query-api", query: QueryString([])) {
      response, _ throws(ExchangeError) in try BybitKeyInfoDecoder.decode(response.body, accountType: accountType)
    }
    await session.identify(userID: info.userID)
    return info
  }

  public func synchronizeClock() async throws(ExchangeError) -> Duration {
    try await session.synchronizeClock()
  }

  private func signedGet<T: Sendable>(
    _ endpoint: String, path: String, query: QueryString,
    decode: @escaping @Sendable (TransportResponse, Date) throws(ExchangeError) -> T
  ) async throws(ExchangeError) -> T {
    let signer = signer
    return try await session.get(endpoint, path: path, query: query, sign: { venueTime, _ in
      signer.headers(timestamp: BybitSigner.timestamp(venueTime), queryString: query.text)
    }, decode: decode)
  }
}
