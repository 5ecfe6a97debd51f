import ExchangeModel
import Foundation

/// The I/O shared by both venue clients: pacing, clock-offset correction, sending, and turning
/// failures into `ExchangeError` with back-off.
actor VenueSession {
  let venue: Venue
  private let transport: any HTTPTransport
  private let clock: any ExchangeClock
  private let jitter: @Sendable () -> Double
  /// The unsigned server-time request.
  private let timeRequest: HTTPRequest
  private var pacer: RequestPacer
  private(set) var offset = ClockOffset.zero
  private var clockMeasured = false

  init(
    venue: Venue, transport: any HTTPTransport, clock: any ExchangeClock, jitter: @escaping @Sendable () -> Double,
    timeRequest: HTTPRequest, limits: [String: SlidingWindowLimit]
  ) {
    self.venue = venue
    self.transport = transport
    self.clock = clock
    self.jitter = jitter
    self.timeRequest = timeRequest
    self.pacer = RequestPacer(limits: limits)
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
  func send<T: Sendable>(
    endpoint: String, build: @Sendable (Date) throws(ExchangeError) -> HTTPRequest,
    decode: @Sendable (HTTPResponse, Date) throws(ExchangeError) -> T
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
    endpoint: String, build: @Sendable (Date) throws(ExchangeError) -> HTTPRequest,
    decode: @Sendable (HTTPResponse, Date) throws(ExchangeError) -> T
  ) async throws(ExchangeError) -> (value: T, sent: Date, received: Date) {
    let wait = pacer.delay(for: endpoint, at: clock.now())
    if wait > .zero {
      do { try await clock.sleep(for: wait) } catch _ { throw ExchangeError(kind: .network, message: "request cancelled") }
    }
    let sent = clock.now()
    let request = try build(offset.venueTime(at: sent))
    pacer.record(endpoint, at: sent)
    let response: HTTPResponse
    do {
      response = try await transport.send(request)
    } catch let error as ExchangeError {
      throw error
    } catch {
      throw ExchangeError(kind: .network, message: "cannot reach \(venue.displayName)")
    }
    let received = clock.now()
    observeBudget(response)
    do throws(ExchangeError) {
      if !(200..<300).contains(response.status)
        || ErrorClassifier.looksLikeHTML(contentType: response.headers["content-type"], body: response.body),
        let error = ErrorClassifier.classify(
          venue: venue, httpStatus: response.status, contentType: response.headers["content-type"], body: response.body)
      {
        throw error
      }
      let value = try decode(response, received)
      pacer.succeeded()
      return (value, sent, received)
    } catch where error.kind == .rateLimit || error.kind == .server {
      throw backedOff(error, response: response, at: received)
    }
  }

  /// Bybit tells the remaining budget in every response; an exhausted one waits for its reset.
  private func observeBudget(_ response: HTTPResponse) {
    guard let remaining = response.headers["x-bapi-limit-status"].flatMap({ Int($0) }), remaining <= 0,
      let reset = resetDate(response)
    else { return }
    pacer.block(until: reset)
  }

  private func resetDate(_ response: HTTPResponse) -> Date? {
    if let reset = response.headers["x-bapi-limit-reset-timestamp"].flatMap({ Int64($0) }) {
      // The venue stamps the reset with its own clock.
      return Date(timeIntervalSince1970: TimeInterval(reset) / 1000).addingTimeInterval(-offset.offset.timeInterval)
    }
    if let seconds = response.headers["retry-after"].flatMap({ Int($0) }) {
      return clock.now().addingTimeInterval(TimeInterval(seconds))
    }
    return nil
  }

  private func backedOff(_ error: ExchangeError, response: HTTPResponse, at now: Date) -> ExchangeError {
    var notBefore = error.kind == .rateLimit ? resetDate(response) : nil
    let minimum = ErrorClassifier.minimumWait(after: error, venue: venue)
    if minimum > .zero {
      let floor = now.addingTimeInterval(minimum.timeInterval)
      if notBefore.map({ $0 < floor }) ?? true { notBefore = floor }
    }
    let retry = pacer.failed(at: now, jitter: jitter(), notBefore: notBefore)
    return error.retrying(at: retry, now: now)
  }
}
