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

  /// Reads a fault request body.
  static func parse(_ body: String) -> Result<(SimulatedFault, Venue?, Int), Problem> {
    guard let object = try? JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any],
      let name = object["fault"] as? String
    else { return .failure(Problem(message: "expected a JSON object with a \"fault\" name")) }
    var venue: Venue?
    if let venueName = object["venue"] as? String {
      guard let parsed = Venue(rawValue: venueName) else { return .failure(Problem(message: "venue is okx or bybit")) }
      venue = parsed
    }
    let count = (object["count"] as? NSNumber)?.intValue ?? 1
    let seconds = (object["seconds"] as? NSNumber)?.int64Value
    let fault: SimulatedFault
    switch name {
    case "rate_limit": fault = .rateLimitBurst
    case "server_error": fault = .serverError(status: (object["status"] as? NSNumber)?.intValue ?? 503)
    case "html_502": fault = .htmlBadGateway
    case "truncated_json": fault = .truncatedJSON
    case "stall": fault = .stall(.seconds(seconds ?? 10))
    case "clock_skew": fault = .clockSkew(.seconds(seconds ?? 60))
    case "revoked_key": fault = .revokedKey
    case "empty_currencies": fault = .emptyCurrencyList
    case "slow_body": fault = .slowBody(.milliseconds((object["interval_ms"] as? NSNumber)?.int64Value ?? 1000))
    case "endless_body": fault = .endlessBody
    case "huge_retry_after": fault = .hugeRetryAfter(object["retry_after"] as? String ?? "9223372036854775807")
    case "absurd_server_time": fault = .absurdServerTime(object["time"] as? String ?? "99999999999999999999")
    case "invalid_utf8": fault = .invalidUTF8
    case "oversized_body": fault = .oversizedBody(bytes: (object["bytes"] as? NSNumber)?.intValue ?? 50_000_000)
    case "connection_reset": fault = .connectionReset
    default: return .failure(Problem(message: "unknown fault"))
    }
    return .success((fault, venue, count))
  }

  private func reply(_ status: Int, ok: Bool, _ message: String) -> SimulatedResponse {
    .json(.object([("ok", .bool(ok)), ("message", .string(message))]), status: status)
  }
}
