import ExchangeModel
import Foundation

/// What `/healthz` answers: HTTP 200 when every account is fresh, 503 otherwise (also before
/// the first successful refresh, and when no account is watched).
public struct HealthReport: Sendable, Hashable {
  public var accounts: [AccountHealth]

  public init(accounts: [AccountHealth]) {
    self.accounts = accounts
  }

  /// Every account refreshed within its stale-after time.
  public var healthy: Bool { !accounts.isEmpty && accounts.allSatisfy(\.fresh) }

  /// 200 or 503.
  public var httpStatus: Int { healthy ? 200 : 503 }

  /// `{"status": "ok"|"stale", "accounts": [{"account", "exchange", "fresh", "last_success",
  /// "age_seconds", "last_error"}]}`, keys sorted, one line.
  public var json: String {
    JSONValue.object([("accounts", .array(accounts.map(\.json))), ("status", .string(healthy ? "ok" : "stale"))]).text()
  }
}
