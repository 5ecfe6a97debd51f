import Alerting

extension DashboardState {
  /// The most alerts the session's log keeps; the oldest go first.
  public static let alertLogLimit = 500

  /// How many alerts the user has not acknowledged.
  public var unacknowledgedAlertCount: Int { alerts.lazy.filter { !$0.acknowledged }.count }

  /// The newest alert not yet acknowledged: the one the alert line shows.
  public var newestUnacknowledgedAlert: Alert? { alerts.last { !$0.acknowledged }?.alert }

  /// Whether the alert line takes a row under the header.
  public var showsAlertLine: Bool { alerts.contains { !$0.acknowledged } }

  /// Adds alerts to the log (unacknowledged), dropping the oldest beyond `alertLogLimit`, and
  /// returns what the terminal must do for them: a bell and a notification each, as configured.
  mutating func record(_ new: [Alert]) -> [DashboardEffect] {
    alerts += new.map { AlertEntry(alert: $0) }
    if alerts.count > DashboardState.alertLogLimit { alerts.removeFirst(alerts.count - DashboardState.alertLogLimit) }
    var effects: [DashboardEffect] = []
    for alert in new {
      if settings.alertBell { effects.append(.bell) }
      if settings.alertDesktop {
        let text = alert.notification(privacy: privacy)
        effects.append(.notify(title: text.title, body: text.body))
      }
    }
    return effects
  }

  /// Marks every alert acknowledged: the alert line goes, the log keeps them.
  mutating func acknowledgeAlerts() {
    for index in alerts.indices { alerts[index].acknowledged = true }
  }
}
