import DashboardCore
import ExchangeModel
import Foundation
import Testing

/// The alert line and the alert log view as text, at 120×40 and 80×24.
@Suite("Golden alert screens")
struct AlertGoldenTests {
  static let sizes = [TerminalSize(width: 80, height: 24), TerminalSize(width: 120, height: 40)]

  /// The fixture accounts with four alerts, the first two acknowledged.
  private func alerted(_ size: TerminalSize) -> DashboardState {
    var state = Fixtures.loadedState(tab: 1, size: size)
    let alerts = Fixtures.alerts
    Fixtures.send(&state, .alerts(Array(alerts[..<2])))
    Fixtures.press(&state, .character("A"))
    Fixtures.send(&state, .alerts(Array(alerts[2...])))
    return state
  }

  private func render(_ state: DashboardState, _ size: TerminalSize, theme: ResolvedTheme = Fixtures.theme) -> Frame {
    Dashboard.render(state, size: size, theme: theme, glyphs: .unicode)
  }

  @Test("The alert line under the header", arguments: sizes)
  func alertLine(size: TerminalSize) {
    assertSnapshot(render(alerted(size), size), named: "alert-line-\(size.width)x\(size.height)")
  }

  @Test("The alert log view, newest first", arguments: sizes)
  func alertLog(size: TerminalSize) {
    var state = alerted(size)
    Fixtures.press(&state, .character("a"))
    assertSnapshot(render(state, size), named: "alert-log-\(size.width)x\(size.height)")
  }

  @Test("The alert log after A: no alert line, every entry marked acknowledged")
  func acknowledgedLog() {
    let size = TerminalSize(width: 80, height: 24)
    var state = alerted(size)
    Fixtures.press(&state, .character("a"), .character("A"))
    let frame = render(state, size)
    assertSnapshot(frame, named: "alert-log-acknowledged-80x24")
    #expect(!frame.lines[5].contains("ALERT"))
  }

  @Test("The badge is the level's colour in reverse video; the summary its colour")
  func badgeStyle() throws {
    let size = TerminalSize(width: 120, height: 40)
    let theme = Fixtures.distinctTheme
    let frame = render(alerted(size), size, theme: theme)
    let line = frame.lines[5]
    #expect(line.hasPrefix(" ALERT  12:00:04 okx-main USDT auto-conversion 4/5: DANGER → CRITICAL"), "\(line)")
    #expect(line.contains("+1 more"))
    var badge = theme[.riskCritical]
    badge.attributes.formUnion([.reverse, .bold])
    #expect(frame[x: 1, y: 5].style == badge)
    let summary = try #require(line.range(of: "okx-main")).lowerBound.utf16Offset(in: line)
    #expect(frame[x: summary, y: 5].style == theme[.riskCritical])
  }
}
