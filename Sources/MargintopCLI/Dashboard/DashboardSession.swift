import DashboardCore
import Dispatch
import ExchangeModel
import Foundation
import TerminalUI

/// One running dashboard: owns the state, the screen, the pollers and the Dispatch sources,
/// and is the single place where events are reduced and frames drawn (the main queue).
@MainActor
final class DashboardSession {
  private let screen: TerminalScreen
  private let options: DashboardOptions
  private var state: DashboardState
  private var theme: ResolvedTheme
  private var pollers: [AccountPoller] = []
  /// Signal, stdin and tick sources; kept so they stay alive.
  private var sources: [any DispatchSourceProtocol] = []
  /// The state changed (or the terminal needs repainting) since the last frame.
  private var dirty = false
  /// A key or a resize is waiting to be drawn: drawn at once, whatever is in flight.
  private var urgent = false
  private var renderScheduled = false
  /// Caps how long a frame waits for refreshes in flight; disarmed while nothing waits.
  private var windowTimer: DispatchSourceTimer?
  private var windowArmed = false
  /// The longest a frame for data or a clock tick waits for the refreshes in flight (the tick
  /// and each account's result land within a few milliseconds of each other): one frame per
  /// refresh instead of one per event, and none later than this.
  private static let coalescingWindow = DispatchTimeInterval.milliseconds(50)

  init(screen: TerminalScreen, balanceSources: [any BalanceSource], options: DashboardOptions) {
    self.screen = screen
    self.options = options
    var settings = options.settings
    let venueFloor = balanceSources.map(\.minimumInterval).max() ?? .zero
    settings.minimumInterval = max(settings.minimumInterval, venueFloor)
    settings.refreshInterval = max(settings.refreshInterval, settings.minimumInterval)
    var state = DashboardState(
      accounts: balanceSources.map { AccountDescriptor(name: $0.accountName, venue: $0.venue) },
      settings: settings, now: Date())
    if let preferences = options.preferences { state.apply(preferences) }
    self.state = state
    theme = options.themeResolver(state.themeName, screen.capabilities.colorDepth)
    pollers = balanceSources.enumerated().map { index, source in
      AccountPoller(index: index, source: source, interval: state.refreshInterval) { [weak self] event in
        self?.send(event)
      }
    }
  }

  /// Draws the first frame, then starts the sources and the pollers.
  func start() {
    send(.resize(screen.size))
    render()
    makeWindowTimer()
    watchSignals()
    watchInput()
    startTicking()
    fillTraces()
    pollers.forEach { $0.start() }
  }

  /// Starts each account's sparklines: from the history store, read off the main queue so the
  /// first frame never waits for the disk; without a store, from this session's refreshes.
  private func fillTraces() {
    let names = state.accounts.map(\.name)
    // Started empty at once (before any refresh is handled), so no refresh is missed while the
    // store is read; the store's points merge in when they arrive.
    for index in names.indices { send(.history(account: index, points: [])) }
    guard let history = options.history else {
      send(.historyOff(reason: options.historyOffReason ?? "off"))
      return
    }
    DispatchQueue.global(qos: .userInitiated).async { [weak self] in
      let now = Date()
      for (index, name) in names.enumerated() {
        // A read that fails leaves the sparkline to this session's refreshes.
        let points = (try? history.recentPoints(account: name, now: now)) ?? []
        DispatchQueue.main.async { MainActor.assumeIsolated { self?.send(.history(account: index, points: points)) } }
      }
    }
  }

  /// Reads the history view's chart off the main queue and sends it back.
  private func loadChart(account: Int, window: HistoryWindow) {
    guard let history = options.history, state.accounts.indices.contains(account) else { return }
    let name = state.accounts[account].name
    DispatchQueue.global(qos: .userInitiated).async { [weak self] in
      let chart = history.chart(account: account, name: name, window: window, end: Date())
      DispatchQueue.main.async { MainActor.assumeIsolated { self?.send(.historyChart(chart)) } }
    }
  }

  /// Restores the terminal and ends the process: the one exit of every path.
  func quit(status: Int32) -> Never {
    pollers.forEach { $0.stop() }
    screen.close()
    options.preferencesFile?.save(state.preferences)
    // The refreshes already received are kept; waits at most the store's busy timeout.
    options.history?.flush()
    exit(status)
  }

  private func send(_ event: DashboardEvent) {
    // Queued for the history's own queue: the write never delays this frame.
    if case .snapshot(_, let snapshot) = event { options.history?.record(snapshot) }
    let effects = Dashboard.reduce(&state, event)
    effects.forEach(apply)
    // A fetch starting is not drawn (the screen shows results, not requests in flight); a frame
    // for it would cost a full render per account per refresh for no visible change.
    switch event {
    case .fetchStarted: return
    case .tick, .snapshot, .fetchFailed: scheduleRender(urgent: false)
    default: scheduleRender(urgent: true)
    }
  }

  private func apply(_ effect: DashboardEffect) {
    switch effect {
    case .refreshNow(let account):
      pollers.filter { account == nil || $0.index == account }.forEach { $0.refreshNow() }
    case .setRefreshInterval(let interval):
      pollers.forEach { $0.setInterval(interval) }
    case .setPaused(let paused):
      pollers.forEach { $0.setPaused(paused) }
    case .setTheme(let name):
      theme = options.themeResolver(name, screen.capabilities.colorDepth)
    case .loadHistory(let account, let window):
      loadChart(account: account, window: window)
    case .quit:
      quit(status: 0)
    }
  }

  /// Draws once for all the events of this main-queue turn; unless `urgent`, also waits for the
  /// refreshes in flight, up to `coalescingWindow`.
  private func scheduleRender(urgent: Bool) {
    dirty = true
    if urgent { self.urgent = true }
    guard !renderScheduled else { return }
    renderScheduled = true
    // After the rest of this turn, so the timers that fired with a tick have started their fetches.
    DispatchQueue.main.async { [weak self] in
      MainActor.assumeIsolated { self?.renderIfDue() }
    }
  }

  private func renderIfDue() {
    renderScheduled = false
    guard dirty else { return }
    if urgent || !state.statuses.contains(where: \.fetching) {
      render()
    } else if !windowArmed, let windowTimer {
      windowArmed = true
      windowTimer.schedule(deadline: .now() + DashboardSession.coalescingWindow, leeway: .milliseconds(5))
    }
  }

  /// One timer, re-armed as needed: an `asyncAfter` per refresh would make and free a Dispatch
  /// timer source each time, and could not be called off when the data lands first.
  private func makeWindowTimer() {
    let timer = DispatchSource.makeTimerSource(queue: .main)
    timer.schedule(deadline: .distantFuture)
    timer.setEventHandler { [weak self] in
      MainActor.assumeIsolated {
        guard let self else { return }
        self.windowArmed = false
        if self.dirty { self.render() }
      }
    }
    timer.resume()
    windowTimer = timer
    sources.append(timer)
  }

  private func render() {
    dirty = false
    urgent = false
    if windowArmed {
      windowArmed = false
      windowTimer?.schedule(deadline: .distantFuture)
    }
    let frame = Dashboard.render(state, size: screen.size, theme: theme, glyphs: screen.capabilities.glyphs)
    screen.draw(frame)
    screen.setTitle(state.windowTitle)
  }

  private func watchSignals() {
    // Ctrl-C is the documented quit key; SIGTERM and SIGHUP (the SSH session dropped) end with
    // the shell's 128 + signal status.
    let exits: [(Int32, Int32)] = [(SIGINT, 0), (SIGTERM, 128 + SIGTERM), (SIGHUP, 128 + SIGHUP)]
    for (signalNumber, status) in exits {
      addSignalSource(signalNumber) { [weak self] in self?.quit(status: status) }
    }
    addSignalSource(SIGWINCH) { [weak self] in
      guard let self else { return }
      send(.resize(screen.resize()))
    }
  }

  private func addSignalSource(_ signalNumber: Int32, handler: @escaping @MainActor () -> Void) {
    let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .main)
    source.setEventHandler { MainActor.assumeIsolated { handler() } }
    source.resume()
    sources.append(source)
  }

  private func watchInput() {
    let source = DispatchSource.makeReadSource(fileDescriptor: STDIN_FILENO, queue: .main)
    source.setEventHandler { [weak self] in
      MainActor.assumeIsolated { self?.readInput() }
    }
    source.resume()
    sources.append(source)
  }

  private func readInput() {
    let batch = screen.readInput()
    if batch.inputLost { quit(status: 128 + SIGHUP) }
    for key in batch.keys {
      if key == .control("l") {
        // Redraw is a terminal matter: the state does not change.
        screen.invalidate()
        scheduleRender(urgent: true)
      } else {
        send(.key(key))
      }
    }
  }

  private func startTicking() {
    let timer = DispatchSource.makeTimerSource(queue: .main)
    timer.schedule(deadline: .now() + .seconds(1), repeating: .seconds(1), leeway: .milliseconds(50))
    timer.setEventHandler { [weak self] in
      MainActor.assumeIsolated { self?.send(.tick(Date())) }
    }
    timer.resume()
    sources.append(timer)
  }
}
