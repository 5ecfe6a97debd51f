import DashboardCore
import ExchangeModel
import Foundation
import Testing

@Suite("Reducer: data, freshness and highlights")
struct ReducerDataTests {
  let t0 = Fixtures.t0

  @Test("A snapshot is stored and its age shown; two missed intervals make it stale")
  func staleness() {
    var state = DashboardState(accounts: Fixtures.accounts, settings: DashboardSettings(refreshInterval: .seconds(5)), now: t0)
    #expect(state.freshness(of: 0) == .waiting)
    Fixtures.send(&state, .fetchStarted(account: 0, at: t0))
    #expect(state.statuses[0].fetching)
    Fixtures.send(&state, .snapshot(account: 0, Fixtures.okxSnapshot(at: t0)), .tick(t0.addingTimeInterval(10)))
    #expect(!state.statuses[0].fetching)
    #expect(state.freshness(of: 0) == .fresh)
    Fixtures.send(&state, .tick(t0.addingTimeInterval(11)))
    #expect(state.freshness(of: 0) == .stale(reason: "no update for 11s"))
    let error = ExchangeError(kind: .network, message: "Connection refused")
    Fixtures.send(&state, .fetchFailed(account: 0, error, at: t0.addingTimeInterval(11)))
    #expect(state.freshness(of: 0) == .stale(reason: "network: Connection refused"))
    #expect(state.statuses[0].snapshot != nil)
    #expect(state.rows.allSatisfy { $0.isStale })
    // Recovers by itself on the next snapshot.
    Fixtures.send(&state, .snapshot(account: 0, Fixtures.okxSnapshot(at: t0.addingTimeInterval(12))), .tick(t0.addingTimeInterval(12)))
    #expect(state.freshness(of: 0) == .fresh)
    #expect(state.statuses[0].lastError == nil)
  }

  @Test("An error before any data is stale with its reason; paused data says so")
  func errorsAndPause() {
    var state = DashboardState(accounts: Fixtures.accounts, settings: DashboardSettings(), now: t0)
    Fixtures.send(&state, .fetchFailed(account: 1, ExchangeError(kind: .auth, code: "10003", message: "API key rejected"), at: t0))
    #expect(state.freshness(of: 1) == .stale(reason: "auth: API key rejected"))
    Fixtures.send(&state, .snapshot(account: 0, Fixtures.okxSnapshot(at: t0)))
    Fixtures.press(&state, .character("p"))
    Fixtures.send(&state, .tick(t0.addingTimeInterval(60)))
    #expect(state.freshness(of: 0) == .stale(reason: "paused"))
  }

  @Test("Events for unknown accounts are ignored")
  func unknownAccount() {
    var state = DashboardState(accounts: Fixtures.accounts, settings: DashboardSettings(), now: t0)
    Fixtures.send(&state, .snapshot(account: 7, Fixtures.okxSnapshot()), .fetchStarted(account: -1, at: t0))
    #expect(state.statuses.allSatisfy { $0.snapshot == nil })
  }

  @Test("Changed values are highlighted for a few seconds, then the tick clears them")
  func changes() {
    var state = Fixtures.loadedState(tab: 1)
    #expect(state.rows.allSatisfy { $0.changed.isEmpty })
    var currencies = Fixtures.okxCurrencies
    currencies[1].equityUSD = Fixtures.a("125100.01")
    // Same value, different text: not a change.
    currencies[2].equity = Fixtures.a("100.00")
    Fixtures.send(&state, .snapshot(account: 0, Fixtures.okxSnapshot(at: t0.addingTimeInterval(5), currencies: currencies)), .tick(t0.addingTimeInterval(6)))
    let btc = state.rows.first { $0.currency == "BTC" }
    #expect(btc?.changed == [.equityUSD])
    #expect(state.rows.first { $0.currency == "JFI" }?.changed.isEmpty == true)
    Fixtures.send(&state, .tick(t0.addingTimeInterval(7.5)))
    #expect(state.statuses[0].changedAt.count == 1)
    Fixtures.send(&state, .tick(t0.addingTimeInterval(8)))
    #expect(state.statuses[0].changedAt.isEmpty)
  }

  @Test("All merges currencies by code with exact sums and sums the USD totals")
  func allTab() {
    var state = Fixtures.loadedState(tab: 0)
    let btc = state.rows.first { $0.currency == "BTC" }
    #expect(btc?.balance.equity == Fixtures.a("1.91708039222"))
    #expect(btc?.balance.equityUSD == Fixtures.a("207762.10376842927"))
    #expect(btc?.accounts == [0, 1])
    // The detail view of a merged row shows every account's raw fields, prefixed with its name.
    state.selectedCurrency = "BTC"
    let detail = Dictionary(uniqueKeysWithValues: state.detailFields.map { ($0.key, $0.value) })
    #expect(detail["okx-main.ccy"] == .string("BTC"))
    #expect(detail["bybit-uta.coin"] == .string("BTC"))
    #expect(detail.keys.allSatisfy { $0.hasPrefix("okx-main.") || $0.hasPrefix("bybit-uta.") })
    // Bybit sends no per-coin available figure: the OKX one alone, not a sum with zero.
    #expect(btc?.balance.available == Fixtures.a("0.6612664522199999"))
    let xrp = state.rows.first { $0.currency == "XRP" }
    #expect(xrp?.balance.available == nil)
    #expect(state.tabTotals?.totals.equityUSD == Fixtures.a("43841628.47884943"))
    #expect(state.tabTotals?.totals.marginRatio == nil)
    // OKX adjEq and Bybit totalMarginBalance are different quantities: each summed alone.
    #expect(state.tabTotals?.totals.adjustedEquityUSD == Fixtures.okxTotals.adjustedEquityUSD)
    #expect(state.tabTotals?.totals.marginBalanceUSD == Fixtures.bybitTotals.marginBalanceUSD)
    #expect(state.tabTotals?.isPartial(.adjustedEquityUSD) == false)
    // Both are ok; Bybit's exact usage (7.388 / 90042 = 0.0082 %) is above OKX's (0.0063 %).
    #expect(state.worstRisk?.account == 1)
    #expect(state.worstRisk?.risk.level == .ok)
    state.tab = 2
    #expect(state.tabTotals?.totals == Fixtures.bybitTotals)
  }

  @Test("All's merged rows are computed by the reducer, kept in the state, and follow every new snapshot")
  func allTabFollowsNewSnapshots() {
    var state = Fixtures.loadedState(tab: 0)
    #expect(state.rows.first { $0.currency == "BTC" }?.balance.equity == Fixtures.a("1.91708039222"))
    // A copy of the state keeps its own merge: no cache is shared between states.
    let before = state
    var currencies = Fixtures.bybitCurrencies
    let index = currencies.firstIndex { $0.currency == "BTC" }!
    currencies[index].equity = Fixtures.a("1.00000000")
    Fixtures.send(&state, .snapshot(account: 1, Fixtures.bybitSnapshot(currencies: currencies)))
    #expect(state.rows.first { $0.currency == "BTC" }?.balance.equity == Fixtures.a("2.06126645222"))
    #expect(before.rows.first { $0.currency == "BTC" }?.balance.equity == Fixtures.a("1.91708039222"))
    Fixtures.send(&state, .snapshot(account: 0, Fixtures.okxSnapshot(currencies: Fixtures.okxCurrencies.filter { $0.currency != "BTC" })))
    #expect(state.rows.first { $0.currency == "BTC" }?.balance.equity == Fixtures.a("1.00000000"))
  }

  @Test("Resize is remembered for paging")
  func resize() {
    var state = DashboardState(accounts: Fixtures.accounts, settings: DashboardSettings(), now: t0)
    Fixtures.send(&state, .resize(TerminalSize(width: 120, height: 40)))
    #expect(state.size == TerminalSize(width: 120, height: 40))
  }
}

@Suite("Reducer: round trips and notices")
struct ReducerNoticeTests {
  @Test("A refresh's round trip shows in the status line, and a mark while one is in flight")
  func roundTrip() {
    let t0 = Fixtures.t0
    var state = DashboardState(accounts: Fixtures.accounts, settings: DashboardSettings(), now: t0)
    let size = TerminalSize(width: 120, height: 40)
    Fixtures.send(&state, .resize(size), .fetchStarted(account: 0, at: t0), .snapshot(account: 0, Fixtures.okxSnapshot(at: t0.addingTimeInterval(0.12))))
    #expect(state.statuses[0].lastRoundTrip.map { abs($0 - 0.12) < 0.001 } == true)
    Fixtures.send(&state, .fetchStarted(account: 0, at: t0.addingTimeInterval(1)), .tick(t0.addingTimeInterval(1)))
    let line = Dashboard.render(state, size: size, theme: Fixtures.theme, glyphs: .unicode).lines[1]
    #expect(line.contains("(120 ms)"))
    #expect(line.contains("↻"))
  }

  @Test("t says which theme it chose, for a few seconds")
  func themeNotice() {
    let t0 = Fixtures.t0
    var state = Fixtures.loadedState(tab: 1, size: TerminalSize(width: 120, height: 40), settings: DashboardSettings(themeNames: ["default", "nord"]))
    Fixtures.press(&state, .character("t"))
    let size = TerminalSize(width: 120, height: 40)
    #expect(Dashboard.render(state, size: size, theme: Fixtures.theme, glyphs: .unicode).lines[0].contains("theme nord"))
    Fixtures.send(&state, .tick(t0.addingTimeInterval(10)))
    #expect(!Dashboard.render(state, size: size, theme: Fixtures.theme, glyphs: .unicode).lines[0].contains("theme nord"))
  }
}

@Suite("Window title")
struct WindowTitleTests {
  @Test("The title names the worst level and account, or says it is waiting")
  func title() {
    var state = DashboardState(accounts: Fixtures.accounts, settings: DashboardSettings(), now: Fixtures.t0)
    #expect(state.windowTitle == "margintop · waiting")
    Fixtures.send(&state, .snapshot(account: 0, Fixtures.okxSnapshot(currencies: Fixtures.stressedOKXCurrencies, totals: Fixtures.stressedOKXTotals)))
    #expect(state.windowTitle == "margintop · CRITICAL okx-main")
  }
}
