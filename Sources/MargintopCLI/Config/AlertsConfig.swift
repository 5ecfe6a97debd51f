import Alerting
import Foundation

/// The validated `[alerts]` table: the rules every account starts from, and how alerts are
/// delivered (delivery is global: one bell, one hook, one log for the whole session).
struct AlertsConfig: Sendable {
  /// Where the alert log goes.
  enum LogTarget: Sendable, Hashable {
    case off
    /// `$XDG_STATE_HOME/margintop/alerts.log`.
    case standard
    case file(String)
  }

  /// Thresholds, hysteresis, dwell and rate limit for accounts without their own.
  var rules = AlertSettings()
  /// `bell`: ring the terminal bell once per alert (dashboard only).
  var bell = true
  /// `desktop`: OSC 9 / OSC 777 notifications through the terminal (dashboard only).
  var desktop = false
  /// `command`: the hook, program first, run without a shell.
  var command: [String]?
  /// `command_timeout`: the hook is killed after this long.
  var commandTimeout: Duration = .seconds(10)
  /// `log`: the alert log file.
  var log: LogTarget = .standard

  /// What `--demo` starts from: the defaults, but an account is stale after 20 s, so the
  /// simulator's outage (seconds 60–95 of each episode) is alerted within the first two minutes.
  static var demo: AlertsConfig {
    var config = AlertsConfig()
    config.rules.staleAfterSeconds = AlertsConfig.demoStaleAfter
    return config
  }

  /// The demo's `stale_after`, in seconds.
  static let demoStaleAfter: TimeInterval = 20
}
