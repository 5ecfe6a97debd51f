import Foundation

/// Which rows an export wants.
public struct HistoryQuery: Sendable, Hashable {
  /// One account's rows; `nil` for every account.
  public var account: String?
  /// Rows at or after this instant; `nil` for all.
  public var since: Date?

  public init(account: String? = nil, since: Date? = nil) {
    self.account = account
    self.since = since
  }
}
