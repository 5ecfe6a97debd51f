import ExchangeModel
import Foundation
import HTTPTypes

/// The I/O shared by both venue clients: pacing, clock-offset correction, sending, and turning
/// failures into `ExchangeError` with back-off.
actor VenueSession {
  let venue: Venue
  /// The base URL's scheme and authority, for every request head.
  private let origin: (scheme: String, authority: String)
  /// The base URL's own path (usually empty), parsed once: it prefixes every signed path.
  private let pathPrefix: String
  private let timeout: Duration
  private let transport: any HTTPTransport
  private let clock: any ExchangeClock
  private let jitter: @Sendable () -> Double
  /// The unsigned server-time request.
  private let timeRequest: TransportRequest
  private var pacer: RequestPacer
  /// The venue's limits by endpoint, for the windows shared with the user's other keys.
  private let limits: [String: SlidingWindowLimit]
  /// Where the windows of each venue user id come from; `nil`: this key paces alone.
  private let pacers: UserRequestPacers?
  /// The windows shared by every key of this key's user, once its user id is known.
  private var shared: SharedRequestWindows?
  /// Whether `identify` was called (successfully or not).
  private(set) var identified = false
  private(set) var offset = ClockOffset.zero
  private var clockMeasured = false
  /// The rate limit or server error that set the current back-off, without its wait.
  private var backoffCause: ExchangeError?
  /// The venue asked for a longer wait than the current back-off (the wait was capped).
  private var backoffCapped = false

  /// A request waits at most this long for its turn; a longer back-off fails at once with the
  /// error that caused it, so the dashboard shows it instead of a hung refresh.
  static let longestWait: Duration = .seconds(2)

  /// A session for `configuration`'s account; `timePath` is the venue's server-time endpoint and
  /// `limits` its request windows by endpoint name. Throws `.config` for a refused base URL.
  init(
    configuration: ClientConfiguration, timePath: String, limits: [String: SlidingWindowLimit],
    transport: any HTTPTransport, clock: any ExchangeClock, jitter: @escaping @Sendable () -> Double,
    pacers: UserRequestPacers? = nil
  ) throws(ExchangeError) {
    venue = configuration.venue
    let baseURL = try BaseURL.resolve(configuration)
    origin = try BaseURL.origin(baseURL)
    pathPrefix = BaseURL.pathPrefix(baseURL)
    timeout = configuration.requestTimeout
    self.transport = transport
    self.clock = clock
    self.jitter = jitter
    timeRequest = TransportRequest(
      HTTPRequest(
        method: .get, scheme: origin.scheme, authority: origin.authority, path: pathPrefix + timePath,
        headerFields: VenueSession.commonHeaders),
      timeout: configuration.requestTimeout)
    pacer = RequestPacer(limits: limits)
    self.limits = limits
    self.pacers = pacers
  }

  /// Whether the user id should still be looked up: there are shared windows to join, and no
  /// look-up was made yet.
  var wantsIdentity: Bool { pacers != nil && !identified }

  /// Joins the windows shared by the keys of venue user `userID` (from the key's account
  /// information); `nil` or empty keeps pacing this key alone.
  func identify(userID: String?) {
    identified = true
    guard let pacers, let userID, !userID.isEmpty, shared == nil else { return }
    shared = pacers.windows(venue: venue, userID: userID, limits: limits)
  }

  /// Sent with every request.
  static let commonHeaders: HTTPFields = [.accept: "application/json", .userAgent: "margintop"]

  /// Sends a signed GET of `path` with `query`; `sign` gives the authentication headers for the
  /// venue-corrected time and the request path as sent (base path prefix, path and `?query`).
  func get<T: Sendable>(
    _ endpoint: String, path: String, query: QueryString,
    sign: @escaping @Sendable (_ venueTime: Date, _ requestPath: String) -> HTTPFields,
    decode: @escaping @Sendable (TransportResponse, Date) throws(ExchangeError) -> T
  ) async throws(ExchangeError) -> T {
    // The head's path is the signed text itself: what is signed is what is sent.
    let requestPath = pathPrefix + path + query.suffix
    let (scheme, authority) = origin
    let timeout = timeout
    return try await send(
      endpoint: endpoint,
      build: { venueTime in
        var fields = sign(venueTime, requestPath)
        fields.append(contentsOf: VenueSession.commonHeaders)
        return TransportRequest(
          HTTPRequest(method: .get, scheme: scheme, authority: authority, path: requestPath, headerFields: fields),
          timeout: timeout)
      }, decode: decode)
  }

  /// The local clock's current time.
  func now() -> Date { clock.now() }

  /// Measures the venue's clock offset from its server-time endpoint and keeps it for signing.
  func synchronizeClock() async throws(ExchangeError) -> Duration {
    let request = timeRequest
    let venue = venue
    let decoded = try await perform(endpoint: "time", build: { _ in request }) { response, _ throws(ExchangeError) in
      try ServerTimeDecoder.decode(response.body, venue: venue)
    }
    offset = ClockOffset(serverTime: decoded.value, sent: decoded.sent, received: decoded.received)
    clockMeasured = true
    return offset.offset
  }

  /// Sends a signed request built by `build` (given the venue-corrected time) and decodes a
  /// successful answer with `decode`. A clock error re-measures the offset and retries once.
  private func send<T: Sendable>(
    endpoint: String, build: @Sendable (Date) throws(ExchangeError) -> TransportRequest,
    decode: @Sendable (TransportResponse, Date) throws(ExchangeError) -> T
  ) async throws(ExchangeError) -> T {
    if !clockMeasured {
      do throws(ExchangeError) {
        _ = try await synchronizeClock()
      } catch where error.kind == .network || error.kind == .timeout {
        throw error
      } catch {
        // An unreadable server time is no reason to fail the balance: sign with the local clock.
        clockMeasured = true
      }
    }
    do throws(ExchangeError) {
      return try await perform(endpoint: endpoint, build: build, decode: decode).value
    } catch where error.kind == .clock {
      do { _ = try await synchronizeClock() } catch _ { throw error }
      return try await perform(endpoint: endpoint, build: build, decode: decode).value
    }
  }

  private func perform<T: Sendable>(
    endpoint: String, build: @Sendable (Date) throws(ExchangeError) -> TransportRequest,
    decode: @Sendable (TransportResponse, Date) throws(ExchangeError) -> T
  ) async throws(ExchangeError) -> (value: T, sent: Date, received: Date) {
    try await takeTurn(endpoint)
    let sent = clock.now()
    let request = try build(offset.venueTime(at: sent))
    let response = try await transport.send(request)
    let received = clock.now()
    observeBudget(response)
    let status = response.head.status.code
    let contentType = response.head.headerFields[.contentType]
    do throws(ExchangeError) {
      if !(200..<300).contains(status) || ErrorClassifier.looksLikeHTML(contentType: contentType, body: response.body),
        let error = ErrorClassifier.classify(
          venue: venue, httpStatus: status, contentType: contentType, body: response.body)
      {
        throw error
      }
      let value = try decode(response, received)
      pacer.succeeded()
      backoffCause = nil
      return (value, sent, received)
    } catch where error.kind == .rateLimit || error.kind == .server {
      throw backedOff(error, response: response, at: received)
    }
  }

  /// Waits until `endpoint` has a free slot in this key's windows and in the user's shared ones,
  /// and takes it. The windows are checked again after every sleep: requests waiting together
  /// (refreshes asked for in a burst) would otherwise all wake into the same last slot. A
  /// back-off longer than `longestWait`, found at any check, fails at once with its cause.
  private func takeTurn(_ endpoint: String) async throws(ExchangeError) {
    while true {
      let now = clock.now()
      var wait = pacer.delay(for: endpoint, at: now)
      if wait > VenueSession.longestWait, let backoffCause, let blockedUntil = pacer.blockedUntil, blockedUntil > now {
        throw backoffCause.retrying(at: blockedUntil, now: now, capped: backoffCapped)
      }
      if wait == .zero, let shared { wait = shared.reserve(endpoint, at: now) }
      if wait == .zero {
        // No suspension since the checks: the slot is this request's.
        pacer.record(endpoint, at: now)
        return
      }
      do { try await clock.sleep(for: wait) } catch _ { throw ExchangeError(kind: .network, message: "request cancelled") }
    }
  }

  /// Bybit tells the remaining budget in every response; an exhausted one waits for its reset.
  private func observeBudget(_ response: TransportResponse) {
    guard let remaining = response.head.headerFields[.bybitLimitStatus].flatMap({ Int($0) }), remaining <= 0,
      let reset = retryHint(response)
    else { return }
    pacer.block(until: reset.date)
  }

  /// The venue's "not before", from Bybit's reset stamp or `Retry-After`, capped by `RetryHint`.
  private func retryHint(_ response: TransportResponse) -> RetryHint? {
    let now = clock.now()
    if let stamp = response.head.headerFields[.bybitLimitResetTimestamp],
      let hint = RetryHint.resetStamp(stamp, offset: offset, now: now)
    {
      return hint
    }
    return response.head.headerFields[.retryAfter].flatMap { RetryHint.retryAfter($0, now: now) }
  }

  private func backedOff(_ error: ExchangeError, response: TransportResponse, at now: Date) -> ExchangeError {
    let hint = error.kind == .rateLimit ? retryHint(response) : nil
    var notBefore = hint?.date
    let minimum = ErrorClassifier.minimumWait(after: error, venue: venue)
    if minimum > .zero {
      let floor = now.addingTimeInterval(minimum.timeInterval)
      if notBefore.map({ $0 < floor }) ?? true { notBefore = floor }
    }
    let retry = pacer.failed(at: now, jitter: jitter(), notBefore: notBefore)
    backoffCause = error
    backoffCapped = hint?.capped == true && retry == hint?.date
    return error.retrying(at: retry, now: now, capped: backoffCapped)
  }
}
