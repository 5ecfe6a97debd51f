/// Applies a key press: filter typing first, then the action the key table binds to it.
enum KeyHandler {
  static func handle(_ key: KeyPress, _ state: inout DashboardState) -> [DashboardEffect] {
    if state.isEditingFilter, let effects = editFilter(key, &state) { return effects }
    guard let action = KeyMap.action(for: key) else { return [] }
    return perform(action, key: key, &state)
  }

  /// Filter input; `nil` lets the key through to the table (arrows still move while typing).
  private static func editFilter(_ key: KeyPress, _ state: inout DashboardState) -> [DashboardEffect]? {
    switch key {
    case .character(let c) where !c.isNewline:
      state.filter.append(c)
    case .backspace:
      if !state.filter.isEmpty { state.filter.removeLast() }
    case .enter:
      state.isEditingFilter = false
    case .escape:
      state.filter = ""
      state.isEditingFilter = false
    case .control("c"):
      return [.quit]
    default:
      return nil
    }
    return []
  }

  private static func perform(_ action: KeyAction, key: KeyPress, _ state: inout DashboardState) -> [DashboardEffect] {
    switch action {
    case .moveUp, .moveDown, .moveLeft, .moveRight, .pageUp, .pageDown, .first, .last:
      move(action, &state)
    case .nextAccount:
      return switchTab(to: (state.tab + 1) % (state.accounts.count + 1), &state)
    case .previousAccount:
      return switchTab(to: (state.tab + state.accounts.count) % (state.accounts.count + 1), &state)
    case .selectAccount:
      if case .character(let c) = key, let n = c.wholeNumberValue, n >= 1, n <= state.accounts.count {
        return switchTab(to: n, &state)
      }
    case .selectAll:
      return switchTab(to: 0, &state)
    case .history:
      guard state.overlay != .history else {
        state.overlay = .none
        break
      }
      state.overlay = .history
      state.overlayScroll = 0
      return loadHistory(&state)
    case .historyWindow:
      guard state.overlay == .history else { break }
      state.history.window = state.history.window.next
      return loadHistory(&state)
    case .openDetail:
      let rows = state.rows
      guard !rows.isEmpty, state.overlay == .none else { break }
      state.selectedCurrency = rows[state.selectedIndex(in: rows)].currency
      state.overlay = .detail
      state.overlayScroll = 0
    case .back:
      if state.overlay != .none {
        state.overlay = .none
      } else {
        state.filter = ""
      }
    case .toggleView:
      state.viewMode = state.viewMode == .panels ? .table : .panels
    case .startFilter:
      state.isEditingFilter = true
    case .sortNext, .sortPrevious:
      state.sort = state.sort.cycled(forward: action == .sortNext)
      state.sortReversed = false
    case .sortReverse:
      state.sortReversed.toggle()
    case .togglePause:
      state.paused.toggle()
      return [.setPaused(state.paused)]
    case .refreshNow:
      return [.refreshNow(account: state.selectedAccount)]
    case .intervalUp, .intervalDown:
      return changeInterval(longer: action == .intervalUp, &state)
    case .togglePrivacy:
      state.privacy.toggle()
    case .toggleExact:
      state.exact.toggle()
    case .nextTheme:
      guard state.settings.themeNames.count > 1 else { break }
      state.themeIndex = (state.themeIndex + 1) % state.settings.themeNames.count
      // Said on screen for a moment, so `t` never changes the look silently.
      state.notice = Notice(text: "theme " + state.themeName, at: state.now)
      return [.setTheme(state.themeName)]
    case .help:
      state.overlay = state.overlay == .help ? .none : .help
      state.overlayScroll = 0
    case .alertLog:
      state.overlay = state.overlay == .alerts ? .none : .alerts
      state.overlayScroll = 0
    case .acknowledgeAlerts:
      state.acknowledgeAlerts()
    case .quit:
      guard state.overlay == .none else {
        state.overlay = .none
        break
      }
      return [.quit]
    case .forceQuit:
      return [.quit]
    }
    return []
  }

  private static func switchTab(to tab: Int, _ state: inout DashboardState) -> [DashboardEffect] {
    guard tab != state.tab else { return [] }
    state.tab = tab
    state.selectedCurrency = nil
    if state.overlay == .detail { state.overlay = .none }
    // The history view follows the tab, so Tab walks the accounts' charts.
    return state.overlay == .history ? loadHistory(&state) : []
  }

  /// Asks for the chart of the tab's account (on All the most urgent one) over the chosen
  /// window; the view shows "loading" until it arrives. Nothing is asked when history is off.
  private static func loadHistory(_ state: inout DashboardState) -> [DashboardEffect] {
    let account = state.historyAccount
    state.history.account = account
    state.history.chart = nil
    guard state.historyOff == nil, let account else { return [] }
    return [.loadHistory(account: account, window: state.history.window)]
  }

  private static func changeInterval(longer: Bool, _ state: inout DashboardState) -> [DashboardEffect] {
    let next =
      longer
      ? RefreshIntervals.longer(than: state.refreshInterval)
      : RefreshIntervals.shorter(than: state.refreshInterval, minimum: state.settings.minimumInterval)
    guard let next else { return [] }
    state.refreshInterval = next
    return [.setRefreshInterval(next)]
  }

  private static func move(_ action: KeyAction, _ state: inout DashboardState) {
    if state.overlay != .none {
      scrollOverlay(action, &state)
      return
    }
    let rows = state.rows
    guard !rows.isEmpty else { return }
    let step = state.movement(for: rows)
    let current = state.selectedIndex(in: rows)
    let target: Int
    switch action {
    case .moveUp: target = current - step.row
    case .moveDown: target = current + step.row
    case .moveLeft: target = current - 1
    case .moveRight: target = current + 1
    case .pageUp: target = current - step.page
    case .pageDown: target = current + step.page
    case .first: target = 0
    default: target = rows.count - 1
    }
    // A vertical move past the last full grid row lands on the last currency, like a file manager.
    state.selectedCurrency = rows[min(max(0, target), rows.count - 1)].currency
  }

  private static func scrollOverlay(_ action: KeyAction, _ state: inout DashboardState) {
    let page = state.overlayPageHeight
    let maximum = max(0, state.overlayLineCount - page)
    var scroll = state.overlayScroll
    switch action {
    case .moveUp, .moveLeft: scroll -= 1
    case .moveDown, .moveRight: scroll += 1
    case .pageUp: scroll -= page
    case .pageDown: scroll += page
    case .first: scroll = 0
    default: scroll = maximum
    }
    state.overlayScroll = min(max(0, scroll), maximum)
  }
}
