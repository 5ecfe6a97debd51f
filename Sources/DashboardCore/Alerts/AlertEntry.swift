import Alerting

/// One alert of the session's log, and whether the user has acknowledged it (`A`).
public struct AlertEntry: Sendable, Hashable {
  public var alert: Alert
  /// Acknowledged alerts leave the alert line but stay in the log.
  public var acknowledged: Bool

  public init(alert: Alert, acknowledged: Bool = false) {
    self.alert = alert
    self.acknowledged = acknowledged
  }
}
