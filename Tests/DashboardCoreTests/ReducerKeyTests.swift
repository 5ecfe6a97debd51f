import DashboardCore
import ExchangeModel
import Foundation
import Testing

@Suite("Reducer: keys and effects")
struct ReducerKeyTests {
  private func loaded(size: TerminalSize = TerminalSize(width: 80, height: 24)) -> DashboardState {
    Fixtures.loadedState(tab: 1, size: size)
  }

  @Test("Selection moves through the panel grid, by rows of panels and by pages")
  func movePanels() {
    var state = loaded()
    // 80 columns hold two panels: TUSD BTC / JFI ETH / OKB UNI / ...
    #expect(state.rows.first?.currency == "TUSD")
    Fixtures.press(&state, .right)
    #expect(state.selectedCurrency == "BTC")
    Fixtures.press(&state, .character("j"))
    #expect(state.selectedCurrency == "ETH")
    Fixtures.press(&state, .character("h"))
    #expect(state.selectedCurrency == "JFI")
    Fixtures.press(&state, .up)
    #expect(state.selectedCurrency == "TUSD")
    Fixtures.press(&state, .character("k"))
    #expect(state.selectedCurrency == "TUSD")
    Fixtures.press(&state, .pageDown)
    #expect(state.selectedCurrency == "OKB")
    Fixtures.press(&state, .pageUp)
    #expect(state.selectedCurrency == "TUSD")
    Fixtures.press(&state, .character("G"))
    #expect(state.selectedCurrency == "USDT")
    Fixtures.press(&state, .character("g"))
    #expect(state.selectedCurrency == "TUSD")
    Fixtures.press(&state, .end, .left, .down, .home)
    #expect(state.selectedCurrency == "TUSD")
    Fixtures.press(&state, .character("l"), .character("l"))
    #expect(state.selectedCurrency == "JFI")
  }

  @Test("The table moves one row at a time")
  func moveTable() {
    var state = loaded()
    Fixtures.press(&state, .character("v"))
    #expect(state.viewMode == .table)
    Fixtures.press(&state, .down, .down)
    #expect(state.selectedCurrency == "JFI")
    Fixtures.press(&state, .character("v"))
    #expect(state.viewMode == .panels)
  }

  @Test("Selection follows the currency across a re-sort")
  func selectionSurvivesSort() {
    var state = loaded()
    state.selectedCurrency = "LTC"
    Fixtures.press(&state, .character("s"), .character("s"), .character("s"), .character("s"))
    #expect(state.sort == .name)
    #expect(state.selectedCurrency == "LTC")
    #expect(state.rows.map(\.currency).prefix(3) == ["ADA", "BTC", "ETH"])
  }

  @Test("Sort cycles forward with s, back with S, and r reverses")
  func sorting() {
    var state = loaded()
    // Risk first, so the riskiest currency is on the first screen.
    #expect(state.sort == .risk)
    Fixtures.press(&state, .character("s"))
    #expect(state.sort == .usdValue)
    Fixtures.press(&state, .character("s"))
    #expect(state.sort == .equity)
    Fixtures.press(&state, .character("S"), .character("S"), .character("S"))
    #expect(state.sort == .name)
    Fixtures.press(&state, .character("r"))
    #expect(state.sortReversed)
    #expect(state.rows.first?.currency == "USDT")
    Fixtures.press(&state, .character("s"), .character("s"))
    #expect(state.sort == .usdValue)
    #expect(!state.sortReversed)
    #expect(state.rows.first?.currency == "TUSD")
    Fixtures.press(&state, .character("r"))
    #expect(state.rows.first?.currency == "USDT")
  }

  @Test("Tabs: Tab and Shift-Tab wrap through All and the accounts, digits jump, 0 is All")
  func tabs() {
    var state = DashboardState(accounts: Fixtures.accounts, settings: DashboardSettings(), now: Fixtures.t0)
    #expect(state.tab == 0)
    Fixtures.press(&state, .tab)
    #expect(state.selectedAccount == 0)
    Fixtures.press(&state, .tab, .tab)
    #expect(state.tab == 0)
    Fixtures.press(&state, .backTab)
    #expect(state.tab == 2)
    Fixtures.press(&state, .character("1"))
    #expect(state.tab == 1)
    Fixtures.press(&state, .character("9"))
    #expect(state.tab == 1)
    Fixtures.press(&state, .character("0"))
    #expect(state.tab == 0)
    #expect(state.selectedAccount == nil)
  }

  @Test("A single account starts on its own tab")
  func singleAccount() {
    let state = DashboardState(accounts: [Fixtures.accounts[0]], settings: DashboardSettings(), now: Fixtures.t0)
    #expect(state.tab == 1)
  }

  @Test("Enter opens the detail, j/k scroll it, Esc and q close it, q then quits")
  func detail() {
    var state = loaded()
    state.selectedCurrency = "BTC"
    Fixtures.press(&state, .enter)
    #expect(state.overlay == .detail)
    #expect(state.detailFields.first?.key == "accAvgPx")
    Fixtures.press(&state, .down, .down)
    #expect(state.overlayScroll == 2)
    Fixtures.press(&state, .end)
    // The account's risk and its reason (2 lines), 44 fields, 16 lines on an 80×24 screen.
    #expect(state.overlayScroll == 2 + 44 - 16)
    Fixtures.press(&state, .character("g"))
    #expect(state.overlayScroll == 0)
    #expect(Fixtures.press(&state, .escape).isEmpty)
    #expect(state.overlay == .none)
    Fixtures.press(&state, .enter)
    #expect(Fixtures.press(&state, .character("q")).isEmpty)
    #expect(state.overlay == .none)
    #expect(Fixtures.press(&state, .character("q")) == [.quit])
  }

  @Test("? and F1 toggle help; Esc closes it")
  func help() {
    var state = loaded()
    Fixtures.press(&state, .character("?"))
    #expect(state.overlay == .help)
    Fixtures.press(&state, .function(1))
    #expect(state.overlay == .none)
    Fixtures.press(&state, .function(1), .escape)
    #expect(state.overlay == .none)
  }

  @Test("Filter: / starts input, typed keys go to the filter, Enter keeps, Esc clears")
  func filter() {
    var state = loaded()
    Fixtures.press(&state, .character("/"), .character("u"), .character("s"), .character("d"), .character("q"))
    #expect(state.isEditingFilter)
    #expect(state.filter == "usdq")
    Fixtures.press(&state, .backspace)
    #expect(state.rows.map(\.currency) == ["TUSD", "USDK", "USDC", "USDT"])
    Fixtures.press(&state, .enter)
    #expect(!state.isEditingFilter)
    #expect(state.filter == "usd")
    // Back in normal mode, q would quit again, and Esc clears the kept filter.
    Fixtures.press(&state, .escape)
    #expect(state.filter.isEmpty)
    Fixtures.press(&state, .character("/"), .character("b"), .escape)
    #expect(state.filter.isEmpty)
    #expect(!state.isEditingFilter)
    Fixtures.press(&state, .character("/"))
    #expect(Fixtures.press(&state, .control("c")) == [.quit])
  }

  @Test("p pauses and resumes with setPaused")
  func pause() {
    var state = loaded()
    #expect(Fixtures.press(&state, .character("p")) == [.setPaused(true)])
    #expect(state.paused)
    #expect(Fixtures.press(&state, .character("p")) == [.setPaused(false)])
  }

  @Test("Ctrl-R and F5 refresh the shown account, or all of them on the All tab")
  func refresh() {
    var state = loaded()
    #expect(Fixtures.press(&state, .control("r")) == [.refreshNow(account: 0)])
    Fixtures.press(&state, .character("0"))
    #expect(Fixtures.press(&state, .function(5)) == [.refreshNow(account: nil)])
  }

  @Test("+ and - step the interval, never below the venue minimum")
  func interval() {
    var state = DashboardState(
      accounts: Fixtures.accounts, settings: DashboardSettings(refreshInterval: .seconds(5), minimumInterval: .seconds(2)), now: Fixtures.t0)
    #expect(Fixtures.press(&state, .character("+")) == [.setRefreshInterval(.seconds(10))])
    #expect(Fixtures.press(&state, .character("-")) == [.setRefreshInterval(.seconds(5))])
    #expect(Fixtures.press(&state, .character("-")) == [.setRefreshInterval(.seconds(3))])
    #expect(Fixtures.press(&state, .character("-")) == [.setRefreshInterval(.seconds(2))])
    #expect(Fixtures.press(&state, .character("-")).isEmpty)
    #expect(state.refreshInterval == .seconds(2))
    var odd = DashboardState(
      accounts: Fixtures.accounts, settings: DashboardSettings(refreshInterval: .seconds(4), minimumInterval: .milliseconds(2500)), now: Fixtures.t0)
    #expect(Fixtures.press(&odd, .character("-")) == [.setRefreshInterval(.seconds(3))])
    #expect(Fixtures.press(&odd, .character("-")) == [.setRefreshInterval(.milliseconds(2500))])
  }

  @Test("The interval starts no lower than the minimum")
  func intervalFloor() {
    let state = DashboardState(
      accounts: Fixtures.accounts, settings: DashboardSettings(refreshInterval: .seconds(1), minimumInterval: .seconds(3)), now: Fixtures.t0)
    #expect(state.refreshInterval == .seconds(3))
  }

  @Test(". toggles privacy; the setting can start it on")
  func privacy() {
    var state = loaded()
    Fixtures.press(&state, .character("."))
    #expect(state.privacy)
    Fixtures.press(&state, .character("."))
    #expect(!state.privacy)
    let start = DashboardState(accounts: Fixtures.accounts, settings: DashboardSettings(privacy: true), now: Fixtures.t0)
    #expect(start.privacy)
  }

  @Test("t cycles the configured themes")
  func themes() {
    var state = DashboardState(
      accounts: Fixtures.accounts, settings: DashboardSettings(themeNames: ["default", "nord", "light"]), now: Fixtures.t0)
    #expect(Fixtures.press(&state, .character("t")) == [.setTheme("nord")])
    #expect(Fixtures.press(&state, .character("t")) == [.setTheme("light")])
    #expect(Fixtures.press(&state, .character("t")) == [.setTheme("default")])
    var single = loaded()
    #expect(Fixtures.press(&single, .character("t")).isEmpty)
  }

  @Test("q and Ctrl-C quit; unbound keys do nothing")
  func quit() {
    var state = loaded()
    #expect(Fixtures.press(&state, .character("x"), .function(12)).isEmpty)
    #expect(Fixtures.press(&state, .control("c")) == [.quit])
    #expect(Fixtures.press(&state, .character("q")) == [.quit])
  }
}
