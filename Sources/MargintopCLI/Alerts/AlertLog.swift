import Alerting

/// The alert log file: one JSON line per alert (the hook's format), appended, mode 0600.
final class AlertLog: Sendable {
  private let file: LogFile

  /// The file's path.
  var path: String { file.path }

  /// Opens `path` for appending, creating it and its directory.
  init(path: String) throws {
    file = try LogFile(path: path)
  }

  /// `$XDG_STATE_HOME/margintop/alerts.log`, or `~/.local/state/margintop/alerts.log`.
  static func standardPath(environment: [String: String], home: String) -> String {
    ConfigPaths.stateDirectory(environment: environment, home: home) + "/alerts.log"
  }

  func append(_ alert: Alert) {
    file.append(AlertJSON.line(alert))
  }
}
