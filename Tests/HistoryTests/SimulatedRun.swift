import ExchangeModel
import Foundation
import History

/// Refreshes written through a real store with the clock moved to each one's time, and what
/// each minute should aggregate to.
struct SimulatedRun {
  /// The figures of one refresh as the snapshot gave them.
  struct Written {
    var account: String
    var milliseconds: Int64
    var level: String
    var usage: String?
    var equity: String?
    var adjusted: String?
  }

  var written: [Written] = []
  var skipped: [String] = []

  /// Writes a refresh of every account every `interval` seconds over `duration` seconds; an
  /// account in `slower` is refreshed only every `slowerEvery` ticks.
  static func write(
    _ store: HistoryStore, clock: TestClock, accounts: [String], from start: Date, duration: Double, interval: Double,
    slower: Set<String> = [], slowerEvery: Int = 1
  ) -> SimulatedRun {
    var run = SimulatedRun()
    var step = 0
    var tick = 0
    var offset = 0.0
    while offset < duration {
      let at = start.addingTimeInterval(offset)
      clock.set(at)
      defer { tick += 1 }
      for account in accounts where !slower.contains(account) || tick % slowerEvery == 0 {
        let snapshot = SnapshotMaker.okx(account: account, at: at, step: step)
        if let warning = store.record(snapshot).warning { run.skipped.append(warning) }
        run.written.append(
          Written(
            account: account, milliseconds: Int64((at.timeIntervalSince1970 * 1000).rounded(.down)),
            level: snapshot.risk.level.name, usage: snapshot.risk.marginUsage?.text,
            equity: snapshot.totals.equityUSD?.text, adjusted: snapshot.totals.adjustedEquityUSD?.text))
        step += 1
      }
      offset += interval
    }
    return run
  }

  /// The refreshes of each account and minute (keyed `account@minute-start-ms`), in order.
  func byMinute() -> [String: [Written]] {
    Dictionary(grouping: written) { $0.account + "@" + String($0.milliseconds / 60_000 * 60_000) }
  }
}

extension Array where Element == String? {
  /// The smallest and largest figure by exact decimal value.
  var decimalRange: (min: String?, max: String?) {
    let values = compactMap { $0 }.compactMap { text in Amount(text).map { (text, $0.value) } }
    return (values.min { $0.1 < $1.1 }?.0, values.max { $0.1 < $1.1 }?.0)
  }
}
