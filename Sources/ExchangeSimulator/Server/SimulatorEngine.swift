import ExchangeModel
import Foundation
import Synchronization

/// Answers simulator requests: routes to a venue, applies faults, keeps limits. No HTTP library here,
/// so tests can drive it directly.
final class SimulatorEngine: Sendable {
  let seed: UInt64
  let clock: any SimulatorClock
  /// Epoch milliseconds at start; the market's step is the whole steps elapsed since then.
  let startMillis: Int64
  /// Length of one market step in milliseconds.
  let stepMillis: Int64
  private let state = Mutex(EngineState())

  init(seed: UInt64, clock: any SimulatorClock, stepLength: Duration = .seconds(1), incidents: Bool = false) {
    self.seed = seed
    self.clock = clock
    self.startMillis = clock.nowMillis()
    self.stepMillis = max(1, stepLength.wholeMilliseconds)
    state.withLock { $0.incidents = incidents }
  }

  /// The market at real time `millis`; the last one is kept, since every request within one step
  /// (each account's, each venue's) reads the same prices.
  func market(atMillis millis: Int64, state: inout EngineState) -> MarketState {
    let elapsed = millis - startMillis
    let step = Int(elapsed >= 0 ? elapsed / stepMillis : 0)
    if let market = state.market, market.step == step { return market }
    let market = MarketState(seed: seed, step: step)
    state.market = market
    return market
  }

  func inject(_ fault: SimulatedFault, venue: Venue?, count: Int) {
    state.withLock { $0.faults.add(fault, venue: venue, count: count) }
  }

  func clearFaults() {
    state.withLock { $0.faults.clear() }
  }

  func addOverride(_ payload: PayloadOverride) {
    state.withLock { $0.overrides.add(payload) }
  }

  func clearOverrides() {
    state.withLock { $0.overrides.clear() }
  }

  /// The answer to `request`.
  func handle(_ request: SimulatedRequest) -> SimulatedResponse {
    if request.path.hasPrefix("/__simulator/") {
      // Control answers are JSON too, written here like the venues' (they were sent empty).
      var answer =
        request.path == OverrideControl.path
        ? OverrideControl(engine: self).respond(request) : FaultControl(engine: self).respond(request)
      answer.materialize()
      return answer
    }
    let venue: Venue
    if request.path.hasPrefix("/api/v5/") {
      venue = .okx
    } else if request.path.hasPrefix("/v5/") {
      venue = .bybit
    } else {
      return SimulatedResponse(status: 404, headers: [("Content-Type", "text/plain")], body: "Not Found")
    }
    // Faults hit the account endpoints only: a client's one-off clock sync must not swallow the
    // fault meant for the balance it is about to read.
    let faultable = !SimulatorEngine.publicPaths.contains(request.path)
    // The lock covers the bookkeeping (faults, rate limits, the market of the step); the body,
    // the costly part, is written after it is released, so OKX's and Bybit's requests arriving
    // together do not queue on it.
    var truncate = false
    var response = state.withLock { state -> SimulatedResponse in
      let real = clock.nowMillis()
      let venueClock = VenueClock(
        serverMillis: real + state.faults.skewMillis(for: venue), realMillis: real, market: market(atMillis: real, state: &state),
        startMillis: startMillis, stepMillis: stepMillis)
      if !faultable, let fault = state.faults.take(for: venue, where: SimulatorEngine.isTimeFault),
        case .absurdServerTime(let time) = fault
      {
        return SimulatorEngine.serverTime(time, venue: venue, clock: venueClock)
      }
      var delay: Duration?
      var hostile: SimulatedFault?
      if faultable, let fault = state.faults.take(for: venue, where: SimulatorEngine.isTransportFault) {
        switch fault {
        case .serverError(let status): return SimulatorEngine.serverError(venue: venue, status: status, clock: venueClock)
        case .htmlBadGateway: return SimulatorEngine.badGateway
        case .stall(let duration): delay = duration
        case .hugeRetryAfter(let value): return SimulatorEngine.rateLimited(venue: venue, retryAfter: value, clock: venueClock)
        case .slowBody, .endlessBody, .invalidUTF8, .oversizedBody, .connectionReset: hostile = fault
        default: break
        }
      }
      var response: SimulatedResponse
      switch venue {
      case .okx: response = OKXVenue(clock: venueClock).respond(request, state: &state)
      case .bybit: response = BybitVenue(clock: venueClock).respond(request, state: &state)
      }
      response.delay = delay
      response.hostile = hostile
      truncate = faultable && state.faults.take(for: venue, where: { $0 == .truncatedJSON }) != nil
      return response
    }
    response.materialize()
    if truncate {
      response.body = String(response.body.prefix(response.body.count / 2))
    }
    return response
  }

  /// The venues' public time endpoints.
  static let publicPaths: Set<String> = ["/api/v5/public/time", "/v5/market/time"]

  /// Faults decided before the venue looks at the request.
  private static func isTransportFault(_ fault: SimulatedFault) -> Bool {
    switch fault {
    case .serverError, .htmlBadGateway, .stall: return true
    case .hugeRetryAfter, .slowBody, .endlessBody, .invalidUTF8, .oversizedBody, .connectionReset: return true
    default: return false
    }
  }

  /// Faults that only the public time endpoints answer with.
  private static func isTimeFault(_ fault: SimulatedFault) -> Bool {
    if case .absurdServerTime = fault { return true }
    return false
  }

  /// A time endpoint's answer reporting `time` as the server time (OKX `ts`, Bybit `timeNano`).
  private static func serverTime(_ time: String, venue: Venue, clock: VenueClock) -> SimulatedResponse {
    switch venue {
    case .okx:
      return .json(.object([("code", .string("0")), ("data", .array([.object([("ts", .string(time))])])), ("msg", .string(""))]))
    case .bybit:
      return BybitVenue(clock: clock).envelope(
        0, "OK", result: .object([("timeSecond", .string(time)), ("timeNano", .string(time))]))
    }
  }

  /// The venue's rate-limit answer with HTTP 429 and `Retry-After: value`.
  private static func rateLimited(venue: Venue, retryAfter value: String, clock: VenueClock) -> SimulatedResponse {
    var response: SimulatedResponse
    switch venue {
    case .okx: response = OKXVenue(clock: clock).error("50011", "Too Many Requests", status: 429)
    case .bybit: response = BybitVenue(clock: clock).envelope(10006, "Too many visits!", status: 429)
    }
    response.headers.append(("Retry-After", value))
    return response
  }

  /// The venue's own 5xx answer, in its envelope and with its (possibly skewed) clock.
  private static func serverError(venue: Venue, status: Int, clock: VenueClock) -> SimulatedResponse {
    switch venue {
    case .okx:
      let code = status == 503 ? "50001" : "50026"
      let message = status == 503 ? "Service temporarily unavailable. Please try again later." : "System error."
      return OKXVenue(clock: clock).error(code, message, status: status)
    case .bybit:
      return BybitVenue(clock: clock).envelope(10016, "Internal server error.", status: status)
    }
  }

  /// The page a CDN in front of the venue serves when the origin is down.
  static let badGateway = SimulatedResponse(
    status: 502, headers: [("Content-Type", "text/html")],
    body: "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n"
      + "<hr><center>cloudflare</center>\r\n</body>\r\n</html>\r\n")
}
