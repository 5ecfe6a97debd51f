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

  var jsonObject: [String: Any] {
    [
      "account": account, "exchange": exchange.rawValue, "fresh": fresh,
      "last_success": lastSuccess.map { Timestamp.text($0) as Any } ?? NSNull(),
      "age_seconds": ageSeconds.map { (($0 * 1000).rounded() / 1000) as Any } ?? NSNull(),
      "last_error": lastErrorKind.map { $0 as Any } ?? NSNull(),
    ]
  }
}
