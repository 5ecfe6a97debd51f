/// A failure the simulator can be told to produce, to exercise a client's error handling.
///
/// Faults hit the account endpoints (balance, config, key info), never the public time
/// endpoints, except the clock skew, which moves the venue's clock everywhere, and the absurd
/// server time, which only the time endpoints send.
public enum SimulatedFault: Sendable, Hashable {
  /// The venue's rate-limit answer (OKX 50011 with HTTP 429; Bybit 10006 with `X-Bapi-Limit*`).
  case rateLimitBurst
  /// A 5xx status with the venue's system-error body (OKX 50001/50026, Bybit 10016).
  case serverError(status: Int)
  /// A proxy's HTML "502 Bad Gateway" page instead of JSON.
  case htmlBadGateway
  /// A 200 response whose JSON body is cut off half-way.
  case truncatedJSON
  /// The normal response, sent only after this long (longer than a client's deadline).
  case stall(Duration)
  /// The venue's clock runs this far ahead (negative: behind) of the real one, in its time
  /// endpoints and in its timestamp checks. Lasts until the faults are cleared, whatever `count`.
  case clockSkew(Duration)
  /// The key is rejected as unknown (OKX 50111, Bybit 10003).
  case revokedKey
  /// A successful balance response without any currency.
  case emptyCurrencyList

  // Hostile replies within the HTTP and JSON grammars (issue #12), kept together for merging.
  /// The normal response, its body sent one byte per `interval` (a deadline must cover the body).
  case slowBody(Duration)
  /// A 200 whose chunked body never ends.
  case endlessBody
  /// A rate-limit answer (HTTP 429) with this `Retry-After` value, as text: it may exceed `Int64`.
  case hugeRetryAfter(String)
  /// The public time endpoints report this server time (`"99999999999999999999"`, `"1e30"`);
  /// OKX sends it as `ts` in milliseconds, Bybit as `timeNano`.
  case absurdServerTime(String)
  /// The normal response with an extra member whose name is not valid UTF-8 (`"e\xFFq"`).
  case invalidUTF8
  /// The normal response padded with whitespace to this many bytes in all.
  case oversizedBody(bytes: Int)
  /// The connection is dropped half-way through the response body.
  case connectionReset

  /// The fault's name in the control route's JSON (`"stall"`, `"rate_limit"`…).
  public var name: String {
    switch self {
    case .rateLimitBurst: return "rate_limit"
    case .serverError: return "server_error"
    case .htmlBadGateway: return "html_502"
    case .truncatedJSON: return "truncated_json"
    case .stall: return "stall"
    case .clockSkew: return "clock_skew"
    case .revokedKey: return "revoked_key"
    case .emptyCurrencyList: return "empty_currencies"
    case .slowBody: return "slow_body"
    case .endlessBody: return "endless_body"
    case .hugeRetryAfter: return "huge_retry_after"
    case .absurdServerTime: return "absurd_server_time"
    case .invalidUTF8: return "invalid_utf8"
    case .oversizedBody: return "oversized_body"
    case .connectionReset: return "connection_reset"
    }
  }
}
