import DashboardCore
import ExchangeModel
import Foundation

/// A fixed day of history for the history view and the sparklines: a climb through every
/// threshold to a moment past liquidation, a two-hour gap, a reading that could not be known,
/// equity falling as usage rises, and two alerts.
enum HistoryFixtures {
  /// The chart's end: the fixtures' "now".
  static let end = Fixtures.t0.addingTimeInterval(3)

  /// One point every five minutes over the last 24 hours.
  static var dayPoints: [HistoryPoint] {
    let start = end.addingTimeInterval(-86_400)
    return (0..<288).compactMap { step -> HistoryPoint? in
      // The gap: the dashboard was not running from hour 6 to hour 8.
      if (72..<96).contains(step) { return nil }
      let at = start.addingTimeInterval(Double(step) * 300)
      // Usage climbs from 20 % to past liquidation at step 200, then falls back to 40 %.
      let percent = step <= 200 ? 20 + step * 80 / 200 : max(40, 100 - (step - 200))
      let equity = Fixtures.a("\(250_000 - percent * 1_000).50")
      if step == 150 { return HistoryPoint(at: at, usage: nil, equity: equity, level: .unknown) }
      let usage = Fixtures.a("0.\(String(format: "%02d", min(percent, 99)))5")
      let past = step == 200
      return HistoryPoint(
        at: at, usage: past ? Fixtures.a("1.02") : usage, equity: equity,
        level: past ? .critical : RiskThresholds.level(usage: usage.value), pastLiquidation: past)
    }
  }

  static let dayAlerts = [
    HistoryAlertMark(at: end.addingTimeInterval(-86_400 + 125 * 300), level: .warn),
    HistoryAlertMark(at: end.addingTimeInterval(-86_400 + 200 * 300), level: .critical),
  ]

  /// The loaded fixtures with the history view open over the fixed day of `account`.
  static func historyState(size: TerminalSize, privacy: Bool = false) -> DashboardState {
    var state = Fixtures.loadedState(tab: 1, size: size)
    Fixtures.press(&state, .character("H"))
    Fixtures.send(
      &state, .historyChart(HistoryChart(account: 0, window: .day, end: end, points: dayPoints, alerts: dayAlerts)))
    if privacy { Fixtures.press(&state, .character(".")) }
    return state
  }
}
