/// One alert of the session's log, and whether the user has acknowledged it (`A`).
public struct AlertEntry: Sendable, Hashable {
  public var notice: AlertNotice
  /// Acknowledged alerts leave the alert line but stay in the log.
  public var acknowledged: Bool

  public init(notice: AlertNotice, acknowledged: Bool = false) {
    self.notice = notice
    self.acknowledged = acknowledged
  }
}
