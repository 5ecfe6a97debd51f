import Alerting
import Logging

/// Sends each alert everywhere it is configured to go, without waiting on any of them: the
/// margintop log (through swift-log), the alert log file, and the hook.
struct AlertDelivery: Sendable {
  var logger: Logger
  var alertLog: AlertLog?
  var hook: HookRunner?

  /// Delivers `alerts` in order.
  func deliver(_ alerts: [Alert]) {
    for alert in alerts {
      let metadata: Logger.Metadata = [
        "account": "\(alert.account)", "exchange": "\(alert.exchange.rawValue)", "subject": "\(alert.subject.rawValue)",
        "currency": "\(alert.currency ?? "-")", "level": "\(alert.level.name)", "previous_level": "\(alert.previousLevel.name)",
      ]
      // Rises are what someone must see; a recovery is news, not a warning.
      logger.log(level: alert.isEscalation ? .warning : .notice, "alert: \(alert.message)", metadata: metadata)
      alertLog?.append(alert)
      hook?.submit(alert)
    }
  }

  /// Waits for the hook to take every queued alert (at shutdown).
  func drain() async {
    await hook?.drain()
  }
}
