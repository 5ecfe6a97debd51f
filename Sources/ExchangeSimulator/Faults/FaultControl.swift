import ExchangeModel
import Foundation

/// The control route of a standalone simulator: `POST /__simulator/faults` injects a fault,
/// `DELETE /__simulator/faults` clears them.
///
/// Body: `{"fault": "stall", "venue": "okx", "count": 1, "seconds": 10}`; `venue` is optional
/// (both), `count` defaults to 1 (0: until cleared), `seconds` applies to `stall` and
/// `clock_skew`, `status` to `server_error` (default 503), `interval_ms` to `slow_body` (default
/// 1000), `retry_after` to `huge_retry_after`, `time` to `absurd_server_time` and `bytes` to
/// `oversized_body` (default 50 MB).
struct FaultControl {
  let engine: SimulatorEngine

  func respond(_ request: SimulatedRequest) -> SimulatedResponse {
    guard request.path == "/__simulator/faults" else { return reply(404, ok: false, "unknown control route") }
    switch request.method {
    case "DELETE":
      engine.clearFaults()
      return reply(200, ok: true, "faults cleared")
    case "POST":
      switch FaultControl.parse(request.body) {
      case .success(let (fault, venue, count)):
        engine.inject(fault, venue: venue, count: count)
        return reply(200, ok: true, "injected \(fault.name)")
      case .failure(let problem):
        return reply(400, ok: false, problem.message)
      }
    default:
      return reply(405, ok: false, "use POST or DELETE")
    }
  }

  /// A control request that could not be understood.
  struct Problem: Error {
    var message: String
  }

  /// Reads a fault request body; numbers are integer literals (a figure that is not one, or does
  /// not fit, counts as absent and takes its default).
  static func parse(_ body: String) -> Result<(SimulatedFault, Venue?, Int), Problem> {
    guard case .object(let object)? = try? JSONParser.parse(Data(body.utf8)), case .string(let name)? = object["fault"]
    else { return .failure(Problem(message: "expected a JSON object with a \"fault\" name")) }
    func string(_ key: String) -> String? {
      guard case .string(let text)? = object[key] else { return nil }
      return text
    }
    func integer(_ key: String) -> Int64? {
      guard case .number(let literal)? = object[key] else { return nil }
      return Int64(literal)
    }
    var venue: Venue?
    if let venueName = string("venue") {
      guard let parsed = Venue(rawValue: venueName) else { return .failure(Problem(message: "venue is okx or bybit")) }
      venue = parsed
    }
    let count = integer("count").map(Int.init) ?? 1
    let seconds = integer("seconds")
    let fault: SimulatedFault
    switch name {
    case "rate_limit": fault = .rateLimitBurst
    case "server_error": fault = .serverError(status: integer("status").map(Int.init) ?? 503)
    case "html_502": fault = .htmlBadGateway
    case "truncated_json": fault = .truncatedJSON
    case "stall": fault = .stall(.seconds(seconds ?? 10))
    case "clock_skew": fault = .clockSkew(.seconds(seconds ?? 60))
    case "revoked_key": fault = .revokedKey
    case "empty_currencies": fault = .emptyCurrencyList
    case "slow_body": fault = .slowBody(.milliseconds(integer("interval_ms") ?? 1000))
    case "endless_body": fault = .endlessBody
    case "huge_retry_after": fault = .hugeRetryAfter(string("retry_after") ?? "9223372036854775807")
    case "absurd_server_time": fault = .absurdServerTime(string("time") ?? "99999999999999999999")
    case "invalid_utf8": fault = .invalidUTF8
    case "oversized_body": fault = .oversizedBody(bytes: integer("bytes").map(Int.init) ?? 50_000_000)
    case "connection_reset": fault = .connectionReset
    default: return .failure(Problem(message: "unknown fault"))
    }
    return .success((fault, venue, count))
  }

  private func reply(_ status: Int, ok: Bool, _ message: String) -> SimulatedResponse {
    .json(.object([("ok", .bool(ok)), ("message", .string(message))]), status: status)
  }
}
