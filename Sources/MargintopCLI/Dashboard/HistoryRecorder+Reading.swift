import DashboardCore
import ExchangeModel
import Foundation
import History

extension HistoryRecorder {
  /// Buckets a chart asks the store for: finer than any chart's braille columns, so the core
  /// re-buckets without losing a peak.
  static let chartBuckets = 960

  /// `account`'s last `HistoryTrace.capacity` minutes, one point per minute, for its sparklines.
  func recentPoints(account: String, now: Date) throws -> [HistoryPoint] {
    let end = (now.timeIntervalSince1970 / 60).rounded(.down) * 60 + 60
    let minutes = HistoryTrace.capacity
    let start = end - Double(minutes) * 60
    return try store.series(
      account: account, from: Date(timeIntervalSince1970: start), to: Date(timeIntervalSince1970: end), buckets: minutes
    ).map(HistoryPoint.init(sample:))
  }

  /// The history view's chart of `account` (named `name`) over `window` up to `end`, with the
  /// window's alerts; a read error goes into the chart as its problem.
  func chart(account: Int, name: String, window: HistoryWindow, end: Date) -> HistoryChart {
    let start = end.addingTimeInterval(-Double(window.seconds))
    do {
      let points = try store.series(account: name, from: start, to: end, buckets: Self.chartBuckets)
      let alerts = try store.alerts(account: name, since: start)
      return HistoryChart(
        account: account, window: window, end: end, points: points.map(HistoryPoint.init(sample:)),
        alerts: alerts.map { HistoryAlertMark(at: $0.at, level: $0.level) })
    } catch {
      return HistoryChart(account: account, window: window, end: end, points: [], problem: HistoryStore.reason(error))
    }
  }
}

extension HistoryPoint {
  /// The dashboard's point for a span the store returned.
  init(sample: HistorySample) {
    self.init(
      at: sample.at, usage: sample.usageMax, equity: sample.equityMin, level: sample.worstLevel,
      pastLiquidation: sample.pastLiquidation, usageLow: .some(sample.usageMin), lastUsage: .some(sample.usageLast),
      equityHigh: .some(sample.equityMax), lastEquity: .some(sample.equityLast))
  }
}
