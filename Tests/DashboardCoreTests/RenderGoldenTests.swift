import DashboardCore
import ExchangeModel
import Foundation
import Testing

/// Whole screens as text, at the sizes people use: 80×24, 120×40, 200×60 and a phone's 45×20.
@Suite("Golden screens")
struct RenderGoldenTests {
  static let sizes = [
    TerminalSize(width: 80, height: 24), TerminalSize(width: 120, height: 40), TerminalSize(width: 200, height: 60),
    TerminalSize(width: 45, height: 20),
  ]

  private func check(_ base: String, _ size: TerminalSize, glyphs: GlyphSet = .unicode, _ configure: (inout DashboardState) -> Void) {
    var state = Fixtures.loadedState(tab: 1, size: size)
    configure(&state)
    let frame = Dashboard.render(state, size: size, theme: Fixtures.theme, glyphs: glyphs)
    assertSnapshot(frame, named: "\(base)-\(size.width)x\(size.height)")
  }

  @Test("Panels of one OKX account", arguments: sizes)
  func panels(size: TerminalSize) {
    check("panels", size) { _ in }
  }

  @Test("Panels in ASCII glyphs", arguments: [TerminalSize(width: 80, height: 24)])
  func asciiPanels(size: TerminalSize) {
    check("panels-ascii", size, glyphs: .ascii) { state in
      Fixtures.send(&state, .snapshot(account: 0, Fixtures.okxSnapshot(currencies: Fixtures.stressedOKXCurrencies, totals: Fixtures.stressedOKXTotals)))
    }
  }

  @Test("Table view", arguments: sizes)
  func table(size: TerminalSize) {
    check("table", size) { state in Fixtures.press(&state, .character("v")) }
  }

  @Test("Detail view of BTC", arguments: sizes)
  func detail(size: TerminalSize) {
    check("detail", size) { state in
      state.selectedCurrency = "BTC"
      Fixtures.press(&state, .enter)
    }
  }

  @Test("Help overlay", arguments: sizes)
  func help(size: TerminalSize) {
    check("help", size) { state in Fixtures.press(&state, .character("?")) }
  }

  @Test("Stale account with a failing refresh and risky currencies", arguments: sizes)
  func staleAndError(size: TerminalSize) {
    check("stale", size) { state in
      let t0 = Fixtures.t0
      Fixtures.send(
        &state,
        .snapshot(account: 0, Fixtures.okxSnapshot(at: t0.addingTimeInterval(1), currencies: Fixtures.stressedOKXCurrencies, totals: Fixtures.stressedOKXTotals)),
        .fetchFailed(account: 0, ExchangeError(kind: .rateLimit, code: "50011", httpStatus: 429, message: "Too many requests; backing off"), at: t0.addingTimeInterval(14)),
        .tick(t0.addingTimeInterval(23)))
    }
  }

  @Test("Privacy mode", arguments: sizes)
  func privacy(size: TerminalSize) {
    check("privacy", size) { state in
      Fixtures.send(&state, .snapshot(account: 0, Fixtures.okxSnapshot(currencies: Fixtures.stressedOKXCurrencies, totals: Fixtures.stressedOKXTotals)))
      Fixtures.press(&state, .character("."))
    }
  }

  @Test("All accounts merged", arguments: sizes)
  func allAccounts(size: TerminalSize) {
    check("all", size) { state in Fixtures.press(&state, .character("0"), .character("v")) }
  }

  @Test("All accounts as panels", arguments: [TerminalSize(width: 120, height: 40)])
  func allAccountsPanels(size: TerminalSize) {
    check("all-panels", size) { state in Fixtures.press(&state, .character("0")) }
  }

  @Test("Filter being typed", arguments: sizes)
  func filter(size: TerminalSize) {
    check("filter", size) { state in Fixtures.press(&state, .character("/"), .character("u"), .character("s")) }
  }

  @Test("OKX past liquidation: negative adjusted equity reads CRITICAL, ≥ 100 %", arguments: [sizes[0], sizes[1], sizes[3]])
  func critical(size: TerminalSize) {
    check("critical", size) { state in
      var totals = Fixtures.okxTotals
      totals.marginRatio = Fixtures.a("-0.35")
      totals.adjustedEquityUSD = Fixtures.a("-200")
      totals.maintenanceMarginUSD = Fixtures.a("571.43")
      Fixtures.send(&state, .snapshot(account: 0, Fixtures.okxSnapshot(totals: totals)))
    }
  }

  @Test("Bybit isolated margin with a position reads UNKNOWN, never ok", arguments: [sizes[0], sizes[1]])
  func unknown(size: TerminalSize) {
    check("unknown", size) { state in
      var currencies = Fixtures.bybitCurrencies
      currencies[0].maintenanceMargin = Fixtures.a("12.5")
      var snapshot = Fixtures.bybitSnapshot(currencies: currencies)
      snapshot.marginInfo = MarginInfo(marginMode: .isolated, unifiedMarginStatus: 5)
      Fixtures.send(&state, .snapshot(account: 1, snapshot))
      state.tab = 2
    }
  }

  @Test("All with one account never read: sums are partial, the gauge names the unknown account", arguments: [sizes[0], sizes[1]])
  func partial(size: TerminalSize) {
    check("partial", size) { state in
      state = DashboardState(accounts: Fixtures.accounts, settings: DashboardSettings(), now: Fixtures.t0)
      Fixtures.send(
        &state, .resize(size), .snapshot(account: 0, Fixtures.okxSnapshot()),
        .fetchFailed(account: 1, ExchangeError(kind: .auth, code: "10003", httpStatus: 401, message: "Bybit rejected the API key"), at: Fixtures.t0),
        .tick(Fixtures.t0.addingTimeInterval(3)))
      Fixtures.press(&state, .character("v"))
    }
  }

  @Test("A field that is not a number is an error on screen and in the detail view", arguments: [sizes[0], sizes[1]])
  func decodingProblem(size: TerminalSize) {
    check("problem", size) { state in
      var snapshot = Fixtures.okxSnapshot()
      snapshot.problems = [
        DecodingProblem(field: "mgnRatio", text: "NaN", message: "not a number"),
        DecodingProblem(field: "BTC.twap", text: " 4", message: "not a level"),
      ]
      snapshot.totals.marginRatio = nil
      Fixtures.send(&state, .snapshot(account: 0, snapshot))
      state.selectedCurrency = "BTC"
      Fixtures.press(&state, .enter)
    }
  }

  @Test("Terminal too small", arguments: [TerminalSize(width: 39, height: 20), TerminalSize(width: 80, height: 9)])
  func tooSmall(size: TerminalSize) {
    check("too-small", size) { _ in }
  }

  @Test("Waiting for the first snapshot")
  func waiting() {
    let size = TerminalSize(width: 80, height: 24)
    var state = DashboardState(accounts: Fixtures.accounts, settings: DashboardSettings(), now: Fixtures.t0)
    Fixtures.send(&state, .resize(size), .fetchStarted(account: 0, at: Fixtures.t0))
    assertSnapshot(Dashboard.render(state, size: size, theme: Fixtures.theme, glyphs: .unicode), named: "waiting-80x24")
  }
}
