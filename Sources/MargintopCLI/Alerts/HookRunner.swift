import Alerting
import Logging
import Synchronization

/// Runs the alert hook for each alert, in order, one at a time, off the caller's path, and logs
/// how each run ended.
///
/// `submit` only queues: a slow hook delays later hooks, never the screen or the pollers.
final class HookRunner: Sendable {
  private struct Queue {
    var alerts: [Alert] = []
    var running = false
  }

  private let command: [String]
  private let timeout: Duration
  private let environment: [String: String]
  private let logger: Logger
  private let redact: @Sendable (String) -> String
  private let queue = Mutex(Queue())

  init(
    command: [String], timeout: Duration, environment: [String: String], logger: Logger,
    redact: @escaping @Sendable (String) -> String = { $0 }
  ) {
    self.command = command
    self.timeout = timeout
    self.environment = environment
    self.logger = logger
    self.redact = redact
  }

  /// Queues `alert` for the hook; returns at once.
  func submit(_ alert: Alert) {
    let start = queue.withLock { q -> Bool in
      q.alerts.append(alert)
      defer { q.running = true }
      return !q.running
    }
    if start { Task { await self.work() } }
  }

  /// Waits until every queued alert has been through the hook (at shutdown).
  func drain() async {
    while queue.withLock({ $0.running || !$0.alerts.isEmpty }) { try? await Task.sleep(for: .milliseconds(20)) }
  }

  private func work() async {
    while let next = queue.withLock({ q -> Alert? in
      guard !q.alerts.isEmpty else {
        q.running = false
        return nil
      }
      return q.alerts.removeFirst()
    }) {
      let outcome = await HookProcess.run(command, input: AlertJSON.line(next) + "\n", environment: environment, timeout: timeout)
      log(outcome, alert: next)
    }
  }

  private func log(_ outcome: HookOutcome, alert: Alert) {
    var metadata: Logger.Metadata = [
      "account": "\(alert.account)", "subject": "\(alert.subject.rawValue)", "level": "\(alert.level.name)",
    ]
    switch outcome.ending {
    case .exited(let status): metadata["status"] = "\(status)"
    case .signalled(let signal): metadata["signal"] = "\(signal)"
    case .notStarted(let reason): metadata["error"] = "\(redact(reason))"
    }
    if outcome.timedOut { metadata["timeout"] = "\(timeout)" }
    if !outcome.stderr.isEmpty { metadata["stderr"] = "\(redact(outcome.stderr))" }
    if outcome.succeeded {
      logger.info("alert hook ran", metadata: metadata)
    } else {
      logger.warning("alert hook failed", metadata: metadata)
    }
  }
}
