import Foundation

/// A failure talking to a venue, classified by the venue's error code, never by its message.
///
/// `message` is written by margintop, short and actionable; it never contains the venue's own
/// message text (Bybit's 10004 echoes the API key) nor any secret.
public struct ExchangeError: Error, Sendable, Hashable, CustomStringConvertible {
  /// What went wrong, as a stable name (these are the `kind` strings of the JSON snapshot).
  public enum Kind: String, Sendable, Hashable, CaseIterable, Codable {
    /// Key, signature or passphrase rejected.
    case auth
    /// The key lacks the permission for this endpoint.
    case permission
    /// The caller's IP is not on the key's allow-list.
    case ip
    /// The key belongs to another environment (live vs demo vs testnet).
    case environment
    /// The request timestamp is outside the venue's window.
    case clock
    /// Too many requests.
    case rateLimit = "rate_limit"
    /// The venue failed (5xx, an HTML error page, maintenance).
    case server
    /// The response could not be decoded.
    case decode
    /// No connection could be made (refused, unreachable).
    case network
    /// No complete response (connect, headers and body) before the deadline.
    case timeout
    /// The venue answered with an error code margintop does not classify.
    case exchange
    /// The request could not be made as configured (bad URL, plain http to a remote host).
    case config
    /// The venue (or something on the way) reset or dropped the connection mid-request.
    case connectionReset = "connection_reset"
    /// The reply broke HTTP itself (not HTTP/1.x, an oversized or malformed header).
    case protocolError = "protocol"
    /// The response body is larger than margintop accepts.
    case tooLarge = "too_large"
  }

  public var kind: Kind
  /// The venue's error code when it sent one (`"50113"`, `"10004"`).
  public var code: String?
  /// The HTTP status when there was a response.
  public var httpStatus: Int?
  /// When the venue says a retry may succeed (rate limits).
  public var retryAfter: Date?
  /// A short message a user can act on, written by margintop.
  public var message: String

  public init(kind: Kind, code: String? = nil, httpStatus: Int? = nil, retryAfter: Date? = nil, message: String) {
    self.kind = kind
    self.code = code
    self.httpStatus = httpStatus
    self.retryAfter = retryAfter
    self.message = message
  }

  /// Whether retrying cannot help until the user changes something about the key (the key
  /// itself, its permissions, its IP allow-list, its environment), unlike a passing outage.
  public var isPermanent: Bool {
    switch kind {
    case .auth, .permission, .ip, .environment: return true
    default: return false
    }
  }

  public var description: String {
    var s = message
    if let code { s += " (code \(code))" } else if let httpStatus { s += " (HTTP \(httpStatus))" }
    return s
  }
}
