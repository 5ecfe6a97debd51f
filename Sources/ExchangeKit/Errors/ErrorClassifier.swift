import ExchangeModel
import Foundation

/// Maps a venue's answer to an `ExchangeError`, on HTTP status and envelope code only. Pure.
///
/// The venue's own message (`msg`, `retMsg`) is never read: Bybit's 10004 echoes the API key,
/// and margintop writes its own short, actionable messages.
public enum ErrorClassifier {
  /// The error for a response, or `nil` when it is a successful envelope (code `0`).
  public static func classify(venue: Venue, httpStatus: Int, contentType: String?, body: Data) -> ExchangeError? {
    if looksLikeHTML(contentType: contentType, body: body) || httpStatus >= 500 {
      return server(venue: venue, httpStatus: httpStatus)
    }
    let code = envelopeCode(venue: venue, body: body)
    if let code {
      if code == "0" {
        return (200..<300).contains(httpStatus) ? nil : byStatus(venue: venue, httpStatus: httpStatus)
      }
      return error(venue: venue, code: code, httpStatus: httpStatus)
    }
    if (200..<300).contains(httpStatus) { return malformed(venue: venue, httpStatus: httpStatus) }
    return byStatus(venue: venue, httpStatus: httpStatus)
  }

  /// The error for a non-zero envelope code (`"50113"`, `"10004"`); unknown codes give `.exchange`.
  public static func error(venue: Venue, code: String, httpStatus: Int?) -> ExchangeError {
    let rule = venue == .okx ? okxRules[code] : bybitRules[code]
    guard let (kind, message) = rule else {
      return ExchangeError(
        kind: .exchange, code: code, httpStatus: httpStatus,
        message: "\(venue.displayName) refused the request with error \(code): see its API error codes")
    }
    return ExchangeError(kind: kind, code: code, httpStatus: httpStatus, message: message)
  }

  /// A response that is not the venue's JSON envelope (truncated, not JSON, wrong shape).
  public static func malformed(venue: Venue, httpStatus: Int?) -> ExchangeError {
    ExchangeError(
      kind: .decode, httpStatus: httpStatus,
      message: "\(venue.displayName) sent a response margintop cannot read (malformed or truncated JSON)")
  }

  /// A 5xx status or an HTML page instead of JSON.
  public static func server(venue: Venue, httpStatus: Int) -> ExchangeError {
    ExchangeError(
      kind: .server, httpStatus: httpStatus,
      message: "\(venue.displayName) is having server trouble (HTTP \(httpStatus))")
  }

  /// The least a caller must wait after `error` regardless of back-off (Bybit asks for 10 minutes
  /// after an HTTP 403 IP rate limit).
  public static func minimumWait(after error: ExchangeError, venue: Venue) -> Duration {
    if venue == .bybit, error.kind == .rateLimit, error.httpStatus == 403, error.code == nil { return .seconds(600) }
    return .zero
  }

  private static func byStatus(venue: Venue, httpStatus: Int) -> ExchangeError {
    let name = venue.displayName
    switch httpStatus {
    case 401:
      return ExchangeError(
        kind: .auth, httpStatus: 401, message: "\(name) rejected the API key: check the key, secret and environment")
    case 403 where venue == .bybit:
      return ExchangeError(
        kind: .rateLimit, httpStatus: 403,
        message: "Bybit refused this IP (HTTP 403): too many requests, or a blocked region")
    case 429:
      return ExchangeError(kind: .rateLimit, httpStatus: 429, message: "rate limited by \(name)")
    case 404:
      return ExchangeError(
        kind: .config, httpStatus: 404, message: "\(name) has no such endpoint (HTTP 404): check the base URL")
    default:
      return ExchangeError(
        kind: .exchange, httpStatus: httpStatus, message: "\(name) refused the request (HTTP \(httpStatus))")
    }
  }

  static func looksLikeHTML(contentType: String?, body: Data) -> Bool {
    if let contentType, contentType.lowercased().contains("html") { return true }
    let first = body.first { !($0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D) }
    return first == UInt8(ascii: "<")
  }

  /// The envelope code when the body is a JSON object carrying one (string or number).
  private static func envelopeCode(venue: Venue, body: Data) -> String? {
    guard let members = (try? JSONParser.parse(body))?.members else { return nil }
    return members[venue == .okx ? "code" : "retCode"]?.scalarText
  }
}
