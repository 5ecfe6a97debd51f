import ExchangeModel
import Foundation

/// The freshness of one account, as `/healthz` reports it.
public struct AccountHealth: Sendable, Hashable {
  public var account: String
  public var exchange: Venue
  /// A successful refresh within the account's stale-after time.
  public var fresh: Bool
  public var lastSuccess: Date?
  /// Seconds since the last success; `nil` before the first one.
  public var ageSeconds: Double?
  /// The kind of the last failure since the last success (`network`, `auth`, …), if any.
  public var lastErrorKind: String?

  public init(account: String, exchange: Venue, fresh: Bool, lastSuccess: Date?, ageSeconds: Double?, lastErrorKind: String?) {
    self.account = account
    self.exchange = exchange
    self.fresh = fresh
    self.lastSuccess = lastSuccess
    self.ageSeconds = ageSeconds
    self.lastErrorKind = lastErrorKind
  }

  /// The account's freshness at `now`: fresh when the last success is no older than `staleAfter`.
  static func at(_ now: Date, account: MetricsAccount, lastSuccess: Date?, lastErrorKind: String?) -> AccountHealth {
    let age = lastSuccess.map { max(0, now.timeIntervalSince($0)) }
    return AccountHealth(
      account: account.name, exchange: account.venue, fresh: age.map { $0 <= account.staleAfter } ?? false,
      lastSuccess: lastSuccess, ageSeconds: age, lastErrorKind: lastErrorKind)
  }

  /// The account's entry of `/healthz`, keys sorted; the age to the millisecond.
  var json: JSONValue {
    let age = ageSeconds.flatMap { ExactDecimal(shortest: $0) }.map { JSONValue.number($0.rounded(scale: 3).plainText) }
    return .object([
      ("account", .string(account)), ("age_seconds", age ?? .null), ("exchange", .string(exchange.rawValue)),
      ("fresh", .bool(fresh)), ("last_error", .string(lastErrorKind)),
      ("last_success", .string(lastSuccess.map { Timestamp.text($0) })),
    ])
  }
}
