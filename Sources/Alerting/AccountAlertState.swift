import Foundation

/// What the rules remember about one account: each subject's state and the last good read.
public struct AccountAlertState: Sendable, Hashable {
  public var subjects: [SubjectKey: SubjectState] = [:]
  /// When the last snapshot arrived; `nil` before the first.
  public var lastSuccess: Date?
  /// When the account was first observed, so an account that never answers goes stale too.
  public var firstObserved: Date?

  public init() {}
}
