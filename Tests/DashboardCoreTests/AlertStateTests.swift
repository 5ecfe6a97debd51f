import Alerting
import DashboardCore
import ExchangeModel
import Foundation
import Testing

/// Alerts in the core: the session's log, the bell and notification effects, `a` and `A`, and
/// the row the alert line takes.
@Suite("Alerts in the dashboard state")
struct AlertStateTests {
  private func state(bell: Bool = true, desktop: Bool = false) -> DashboardState {
    Fixtures.loadedState(tab: 1, settings: DashboardSettings(alertBell: bell, alertDesktop: desktop))
  }

  @Test("Each alert is logged unacknowledged and rings the bell once")
  func bellOncePerAlert() {
    var state = state()
    let alerts = Fixtures.alerts
    let effects = Dashboard.reduce(&state, .alerts(alerts))
    #expect(effects == Array(repeating: .bell, count: alerts.count))
    #expect(state.alerts.map(\.alert) == alerts)
    #expect(state.alerts.allSatisfy { !$0.acknowledged })
    #expect(state.unacknowledgedAlertCount == 4)
    #expect(state.newestUnacknowledgedAlert == alerts.last)
  }

  @Test("bell = false and desktop = true: a notification per alert and no bell")
  func desktopWithoutBell() {
    var state = state(bell: false, desktop: true)
    let alert = Fixtures.alerts[3]
    let effects = Dashboard.reduce(&state, .alerts([alert]))
    #expect(effects == [.notify(title: "margintop CRITICAL", body: "okx-main USDT auto-conversion 4/5: DANGER -> CRITICAL")])
    var quiet = self.state(bell: false, desktop: false)
    #expect(Dashboard.reduce(&quiet, .alerts([alert])).isEmpty)
    #expect(quiet.alerts.count == 1)
  }

  @Test("Privacy keeps a ratio in the notification: it reveals no size")
  func privacyInNotifications() {
    #expect(Fixtures.alerts[0].notification(privacy: true).body == "okx-main margin usage 71.35 %: watch -> warn")
  }

  @Test("The log keeps the newest 500 alerts")
  func boundedLog() {
    var state = state(bell: false)
    let base = Fixtures.alerts[0]
    let alerts = (0..<510).map { index -> Alert in
      var alert = base
      alert.at = Fixtures.t0.addingTimeInterval(Double(index))
      return alert
    }
    _ = Dashboard.reduce(&state, .alerts(Array(alerts[..<300])))
    _ = Dashboard.reduce(&state, .alerts(Array(alerts[300...])))
    #expect(state.alerts.count == DashboardState.alertLogLimit)
    #expect(state.alerts.first?.alert.at == Fixtures.t0.addingTimeInterval(10))
    #expect(state.alerts.last?.alert.at == Fixtures.t0.addingTimeInterval(509))
  }

  @Test("A acknowledges every alert: the line goes and the body gets its row back, the log keeps them")
  func acknowledge() {
    var state = state()
    let size = TerminalSize(width: 80, height: 24)
    let render = { (state: DashboardState) in Dashboard.render(state, size: size, theme: Fixtures.theme, glyphs: .unicode).lines }
    let before = render(state)
    Fixtures.send(&state, .alerts(Fixtures.alerts))
    #expect(state.showsAlertLine)
    let alerted = render(state)
    #expect(alerted[5].hasPrefix(" ALERT "))
    // The body moved down one row; the header stayed.
    #expect(Array(alerted[6..<12]) == Array(before[5..<11]))
    #expect(Array(alerted[0..<5]) == Array(before[0..<5]))
    #expect(Fixtures.press(&state, .character("A")).isEmpty)
    #expect(!state.showsAlertLine)
    #expect(state.newestUnacknowledgedAlert == nil)
    #expect(render(state) == before)
    #expect(state.alerts.count == 4 && state.alerts.allSatisfy(\.acknowledged))
    // A new alert after that is the only one the line counts.
    Fixtures.send(&state, .alerts([Fixtures.alerts[1]]))
    #expect(state.unacknowledgedAlertCount == 1)
    #expect(state.alerts.count == 5)
  }

  @Test("a opens the alert log, Esc and q close it without quitting, and it scrolls")
  func alertLogKeys() {
    var state = state(bell: false)
    let alerts = (0..<40).map { index -> Alert in
      var alert = Fixtures.alerts[index % 4]
      alert.at = Fixtures.t0.addingTimeInterval(Double(index))
      return alert
    }
    Fixtures.send(&state, .alerts(alerts))
    Fixtures.press(&state, .character("a"))
    #expect(state.overlay == .alerts)
    Fixtures.press(&state, .pageDown, .pageDown, .pageDown, .pageDown)
    // 24 rows: header 5, alert line 1, footer 1, box 2, column header 1 leave 14 entries a page.
    #expect(state.overlayScroll == 40 - 14)
    Fixtures.press(&state, .home)
    #expect(state.overlayScroll == 0)
    Fixtures.press(&state, .escape)
    #expect(state.overlay == .none)
    Fixtures.press(&state, .character("a"))
    #expect(Fixtures.press(&state, .character("q")).isEmpty)
    #expect(state.overlay == .none)
    Fixtures.press(&state, .character("a"), .character("a"))
    #expect(state.overlay == .none)
  }

  @Test("The window title counts the unacknowledged alerts")
  func windowTitle() {
    var state = state()
    let calm = state.windowTitle
    #expect(!calm.contains("alert"))
    Fixtures.send(&state, .alerts([Fixtures.alerts[0]]))
    #expect(state.windowTitle == calm + " · 1 alert")
    Fixtures.send(&state, .alerts(Array(Fixtures.alerts[1...])))
    #expect(state.windowTitle == calm + " · 4 alerts")
    Fixtures.press(&state, .character("A"))
    #expect(state.windowTitle == calm)
  }

  @Test("Alert times are shown in the configured zone")
  func clock() throws {
    let zone = try #require(TimeZone(secondsFromGMT: 2 * 3600 + 1800))
    #expect(Alert.clock(Fixtures.t0.addingTimeInterval(61), timeZone: .gmt) == "12:01:01")
    #expect(Alert.clock(Fixtures.t0.addingTimeInterval(61), timeZone: zone) == "14:31:01")
  }

  @Test("Figures are written in their unit")
  func figures() {
    let formatter = AmountFormatter(privacy: true, glyphs: .unicode)
    #expect(formatter.alertFigure(ExactDecimal("87.5"), unit: .percent) == "87.5 %")
    #expect(formatter.alertFigure(4, unit: .scale) == "4/5")
    #expect(formatter.alertFigure(2, unit: .code) == "colRes 2")
    #expect(formatter.alertFigure(75, unit: .seconds) == "75 s")
    #expect(formatter.alertFigure(1, unit: .fields) == "1 field")
    #expect(formatter.alertFigure(3, unit: .fields) == "3 fields")
    #expect(formatter.alertFigure(nil, unit: .percent) == "—")
    #expect(formatter.alertReading(Fixtures.alerts[3]) == "4/5 / 4")
    #expect(formatter.alertReading(Fixtures.alerts[0]) == "71.35 % / 70 %")
  }

  @Test("An alert without a figure reads — in the log, never an empty cell")
  func alertWithoutFigure() {
    var state = state()
    var alert = Fixtures.alerts[0]
    alert.level = .critical
    alert.value = nil
    alert.threshold = nil
    Fixtures.send(&state, .alerts([alert]))
    Fixtures.press(&state, .character("a"))
    let size = TerminalSize(width: 120, height: 40)
    let lines = Dashboard.render(state, size: size, theme: Fixtures.theme, glyphs: .unicode).lines
    let row = lines.first { $0.contains("margin usage") && $0.contains("CRITICAL") && $0.contains("│ !") }
    // The figure column, after the level change, holds the dash.
    #expect(row?.range(of: #"CRITICAL +— +│"#, options: .regularExpression) != nil, "\(row ?? "no row")")
  }
}
