import Logging

extension AlertDelivery {
  /// The delivery `[alerts]` asks for: the alert log (unless `log = false`; a log that cannot be
  /// opened is a warning, not a stop) and the hook with an allow-listed environment that holds
  /// none of `secrets`.
  static func make(
    _ alerts: AlertsConfig, secrets: [String], environment: [String: String], home: String, logger: Logger,
    warn: (String) -> Void
  ) -> AlertDelivery {
    var delivery = AlertDelivery(logger: logger)
    let logPath: String?
    switch alerts.log {
    case .off: logPath = nil
    case .standard: logPath = AlertLog.standardPath(environment: environment, home: home)
    case .file(let path): logPath = path
    }
    if let logPath {
      do {
        delivery.alertLog = try AlertLog(path: logPath)
      } catch {
        warn("cannot open the alert log \(logPath): \(error)")
      }
    }
    if let command = alerts.command {
      let redactor = LogSetup.redactor
      delivery.hook = HookRunner(
        command: command, timeout: alerts.commandTimeout,
        environment: HookEnvironment.make(from: environment, secrets: secrets), logger: logger,
        redact: { redactor.redact($0) })
    }
    return delivery
  }
}
