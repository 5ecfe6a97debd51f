import Alerting
import Dispatch
import ExchangeModel
import History
import Logging
import Synchronization

/// Writes each refresh to the history store on a background queue, so a slow disk or another
/// instance's lock never holds up a frame. Any command that receives snapshots (the dashboard
/// today, a `watch` loop later) hands them to `record`.
public final class HistoryRecorder: Sendable {
  let store: HistoryStore
  private let queue = DispatchQueue(label: "margintop.history", qos: .utility)
  private let logger: Logger
  /// The last warning logged, so a full disk is reported once, not at every refresh.
  private let lastWarning = Mutex<String?>(nil)
  /// Snapshots received and not yet written; the first one queues a write of them all.
  private let pending = Mutex<[AccountSnapshot]>([])

  init(store: HistoryStore, logger: Logger) {
    self.store = store
    self.logger = logger
  }

  /// Says on standard error, before the screen takes over, why the start waits: a file of an
  /// earlier schema is being rewritten, once.
  static func sayUpgrading() {
    Platform.writeError("margintop: upgrading the history file to its current format (once; a month takes seconds)…\n")
  }

  /// Opens the default store for recording; `nil` (with the reason logged and returned) when
  /// it cannot be opened at all, so the dashboard runs without history rather than not at all.
  static func open(
    path: String, sizeCapBytes: Int64, logger: Logger
  ) -> (recorder: HistoryRecorder?, warnings: [String]) {
    do {
      let opening = try HistoryStore.open(
        path: path, settings: HistorySettings(sizeCapBytes: sizeCapBytes), upgrading: HistoryRecorder.sayUpgrading)
      for warning in opening.warnings { logger.warning("\(warning)") }
      return (HistoryRecorder(store: opening.store, logger: logger), opening.warnings)
    } catch {
      logger.warning("\(error.message); history is off for this session")
      return (nil, [error.message + "; history is off for this session"])
    }
  }

  /// Queues `snapshot` for writing and returns at once. Snapshots that arrive while a write is
  /// queued go into the same transaction.
  public func record(_ snapshot: AccountSnapshot) {
    let first = pending.withLock { list -> Bool in
      list.append(snapshot)
      return list.count == 1
    }
    guard first else { return }
    queue.async { [self] in
      let batch = pending.withLock { list -> [AccountSnapshot] in
        defer { list = [] }
        return list
      }
      let warning = store.record(batch).warning
      let isNew = lastWarning.withLock { last in
        defer { last = warning }
        return warning != nil && warning != last
      }
      if isNew, let warning { logger.warning("\(warning)") }
    }
  }

  /// Queues `alerts` for writing, so the history view can mark when levels changed; returns at once.
  func record(_ alerts: [Alert]) {
    guard !alerts.isEmpty else { return }
    let rows = alerts.map {
      HistoryAlert(
        account: $0.account, at: $0.at, subject: $0.subject.rawValue, currency: $0.currency, level: $0.level,
        previousLevel: $0.previousLevel, message: $0.message)
    }
    queue.async { [self] in
      for row in rows {
        if let warning = store.record(alert: row).warning { logger.warning("\(warning)") }
      }
    }
  }

  /// Waits for the queued writes (tests, and an orderly exit).
  func flush() {
    queue.sync {}
  }
}
