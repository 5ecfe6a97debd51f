import DashboardCore
import ExchangeModel
import Foundation
import Testing

/// The history view and the header's sparklines as text, from a fixed series.
@Suite("Golden history screens")
struct HistoryGoldenTests {
  static let sizes = [TerminalSize(width: 120, height: 40), TerminalSize(width: 80, height: 24)]

  @Test("History view of a day with a breach, a gap and an unknown reading", arguments: sizes)
  func historyView(size: TerminalSize) {
    let state = HistoryFixtures.historyState(size: size)
    let frame = Dashboard.render(state, size: size, theme: Fixtures.theme, glyphs: .unicode)
    assertSnapshot(frame, named: "history-\(size.width)x\(size.height)")
  }

  @Test("History view in ASCII blocks", arguments: [TerminalSize(width: 80, height: 24)])
  func historyASCII(size: TerminalSize) {
    let state = HistoryFixtures.historyState(size: size)
    let frame = Dashboard.render(state, size: size, theme: Fixtures.theme, glyphs: .ascii)
    assertSnapshot(frame, named: "history-ascii-\(size.width)x\(size.height)")
  }

  @Test("History view in privacy mode masks the equity figures and axis", arguments: [TerminalSize(width: 120, height: 40)])
  func historyPrivacy(size: TerminalSize) {
    let state = HistoryFixtures.historyState(size: size, privacy: true)
    let frame = Dashboard.render(state, size: size, theme: Fixtures.theme, glyphs: .unicode)
    assertSnapshot(frame, named: "history-privacy-\(size.width)x\(size.height)")
    let text = frame.lines.joined(separator: "\n")
    #expect(!text.contains("250,000") && !text.contains("150,000"))
    #expect(text.contains("95%") && text.contains(GlyphSet.unicode.mask))
  }

  @Test("Header and tab sparklines from a filled trace", arguments: [TerminalSize(width: 120, height: 40)])
  func headerSparklines(size: TerminalSize) {
    var state = Fixtures.loadedState(tab: 1, size: size)
    let recent = HistoryFixtures.dayPoints.suffix(60).enumerated().map { offset, point in
      var point = point
      point.at = HistoryFixtures.end.addingTimeInterval(Double(offset - 59) * 60)
      return point
    }
    Fixtures.send(&state, .history(account: 0, points: Array(recent)), .history(account: 1, points: []))
    let frame = Dashboard.render(state, size: size, theme: Fixtures.theme, glyphs: .unicode)
    assertSnapshot(frame, named: "sparklines-\(size.width)x\(size.height)")
  }

  @Test("A flat equity line gets one label, beside it, not the same figure at top and bottom")
  func flatEquityLabel() throws {
    let size = TerminalSize(width: 100, height: 30)
    var state = Fixtures.loadedState(tab: 1, size: size)
    Fixtures.press(&state, .character("H"))
    let points = (0..<3).map { step in
      HistoryPoint(
        at: HistoryFixtures.end.addingTimeInterval(Double(step - 3) * 20), usage: Fixtures.a("0.4"),
        equity: Fixtures.a("94308.83"), level: .ok)
    }
    Fixtures.send(&state, .historyChart(HistoryChart(account: 0, window: .day, end: HistoryFixtures.end, points: points, alerts: [])))
    let lines = Dashboard.render(state, size: size, theme: Fixtures.theme, glyphs: .unicode).lines
    let labelled = lines.indices.filter { lines[$0].contains("│ 94,308.83") }
    #expect(labelled.count == 1, "\(lines.joined(separator: "\n"))")
    // The label names the row its line is drawn on.
    let row = try #require(labelled.first)
    #expect(lines[row].contains { "⠀⠁⠂⠃⠄⠅⠆⠇⡀⣀⠉⠒⠤⠈⠐⠠⢀".contains($0) }, "\(lines[row])")
  }
}
