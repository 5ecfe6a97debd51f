import DashboardCore
import ExchangeModel
import Foundation
import Testing

/// The history view's keys and requests, and the sparklines' trace.
@Suite("History view and sparklines")
struct HistoryViewTests {
  @Test("H opens the view for the tab's account and asks for the chart; w cycles the window; Tab follows the account")
  func keysAskForCharts() {
    var state = Fixtures.loadedState(tab: 1)
    #expect(Fixtures.press(&state, .character("H")) == [.loadHistory(account: 0, window: .day)])
    #expect(state.overlay == .history)
    #expect(Fixtures.press(&state, .character("w")) == [.loadHistory(account: 0, window: .week)])
    #expect(Fixtures.press(&state, .character("w"), .character("w")) == [
      .loadHistory(account: 0, window: .month), .loadHistory(account: 0, window: .hour),
    ])
    #expect(Fixtures.press(&state, .tab) == [.loadHistory(account: 1, window: .hour)])
    #expect(state.overlay == .history)
    #expect(Fixtures.press(&state, .escape).isEmpty)
    #expect(state.overlay == .none)
    // Outside the view, w does nothing.
    #expect(Fixtures.press(&state, .character("w")).isEmpty)
    #expect(state.history.window == .hour)
  }

  @Test("on All the view shows the most urgent account")
  func allTabPicksWorst() {
    var state = Fixtures.loadedState(tab: 0)
    Fixtures.send(&state, .snapshot(account: 0, Fixtures.okxSnapshot(currencies: Fixtures.stressedOKXCurrencies, totals: Fixtures.stressedOKXTotals)))
    #expect(Fixtures.press(&state, .character("H")) == [.loadHistory(account: 0, window: .day)])
  }

  @Test("a chart answering an older request is dropped; history off asks for nothing and says why")
  func staleChartsAndOff() {
    var state = Fixtures.loadedState(tab: 1)
    Fixtures.press(&state, .character("H"), .character("w"))
    Fixtures.send(&state, .historyChart(HistoryChart(account: 0, window: .day, end: Fixtures.t0, points: HistoryFixtures.dayPoints)))
    #expect(state.history.chart == nil)
    let size = TerminalSize(width: 80, height: 24)
    #expect(Dashboard.render(state, size: size, theme: Fixtures.theme, glyphs: .unicode).lines.joined().contains("Loading…"))

    var off = Fixtures.loadedState(tab: 1)
    Fixtures.send(&off, .historyOff(reason: "turned off by --no-history"))
    #expect(Fixtures.press(&off, .character("H")).isEmpty)
    let text = Dashboard.render(off, size: size, theme: Fixtures.theme, glyphs: .unicode).lines.joined()
    #expect(text.contains("No history: turned off by --no-history"))

    var empty = Fixtures.loadedState(tab: 1)
    Fixtures.press(&empty, .character("H"))
    Fixtures.send(&empty, .historyChart(HistoryChart(account: 0, window: .day, end: Fixtures.t0, points: [])))
    #expect(Dashboard.render(empty, size: size, theme: Fixtures.theme, glyphs: .unicode).lines.joined().contains("nothing recorded yet"))
  }

  @Test("the trace keeps one point per minute with its peak and dip, bounded, and a fill after snapshots changes nothing twice")
  func traceMerges() {
    var state = Fixtures.loadedState(tab: 1)
    #expect(state.traces[0] == nil)
    let t = Fixtures.t0
    Fixtures.send(&state, .history(account: 0, points: []))
    Fixtures.send(&state, .snapshot(account: 0, Fixtures.okxSnapshot(at: t.addingTimeInterval(1))))
    Fixtures.send(&state, .snapshot(account: 0, Fixtures.okxSnapshot(at: t.addingTimeInterval(6), totals: Fixtures.stressedOKXTotals)))
    let live = state.traces[0]?.points ?? []
    #expect(live.count == 1)
    // The stressed refresh (mgnRatio 1.08) is the peak of the minute.
    #expect(live.first?.usage == Fixtures.okxSnapshot(totals: Fixtures.stressedOKXTotals).risk.marginUsage)
    // The store's copy of the same minute arrives late: merged, not added.
    Fixtures.send(&state, .history(account: 0, points: live))
    #expect(state.traces[0]?.points == live)

    let many = (0..<(HistoryTrace.capacity + 50)).map { minute in
      HistoryPoint(at: t.addingTimeInterval(Double(-minute) * 60 - 120), usage: Fixtures.a("0.1"), equity: nil, level: .ok)
    }
    Fixtures.send(&state, .history(account: 0, points: many))
    #expect(state.traces[0]?.points.count == HistoryTrace.capacity)
    #expect(state.traces[0]?.points.last?.usage == live.first?.usage)
  }

  @Test("sparkline cells: an unknown reading is ?, never a low bar; past liquidation is a full critical block")
  func sparklineGlyphs() {
    var state = Fixtures.loadedState(tab: 1, size: TerminalSize(width: 120, height: 40))
    let now = state.now
    let points = [
      HistoryPoint(at: now.addingTimeInterval(-180), usage: Fixtures.a("0.05"), equity: Fixtures.a("10"), level: .ok),
      HistoryPoint(at: now.addingTimeInterval(-120), usage: nil, equity: Fixtures.a("10"), level: .unknown),
      HistoryPoint(at: now.addingTimeInterval(-60), usage: Fixtures.a("1.3"), equity: Fixtures.a("9"), level: .critical, pastLiquidation: true),
      HistoryPoint(at: now, usage: Fixtures.a("0.72"), equity: Fixtures.a("9.5"), level: .warn),
    ]
    Fixtures.send(&state, .history(account: 0, points: points))
    for glyphs in [GlyphSet.unicode, .ascii] {
      let frame = Dashboard.render(state, size: TerminalSize(width: 120, height: 40), theme: Fixtures.distinctTheme, glyphs: glyphs)
      let line = frame.lines[2]
      let ramp = glyphs == .unicode ? "▁?█▆" : "_?#+"
      guard let range = line.range(of: ramp) else {
        Issue.record("no sparkline \(ramp) in \(line)")
        continue
      }
      let x = line.distance(from: line.startIndex, to: range.lowerBound)
      #expect(frame[x: x + 1, y: 2].style == Fixtures.distinctTheme[.riskUnknown])
      #expect(frame[x: x + 2, y: 2].style.foreground == Fixtures.distinctTheme[.riskCritical].foreground)
      #expect(frame[x: x + 3, y: 2].style.foreground == Fixtures.distinctTheme[.riskWarn].foreground)
    }
  }
}
