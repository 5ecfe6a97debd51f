import Alerting
import DashboardCore
import ExchangeModel
import Foundation
import Glibc
import TerminalUI

/// One running dashboard: owns the state, the terminal, the pollers and the timers, and is the
/// single place where events are reduced and frames drawn (the main actor).
///
/// It never ends the process: `quit(status:)` restores the terminal, saves what is kept and
/// hands the exit status to `onExit`. The terminal, the clock and timers and the pollers are
/// injected, so the loop's unit tests run without a terminal or a network.
@MainActor
final class DashboardSession {
  private let backend: any TerminalBackend
  private let scheduler: any SessionScheduler
  private let options: DashboardOptions
  private(set) var state: DashboardState
  private var theme: ResolvedTheme
  private var pollers: [any AccountPolling] = []
  private var timers: [any SessionTimer] = []
  /// The alert rules over the accounts; `nil` when alerts are off.
  private var alertMonitor: AlertMonitor?
  /// The state changed (or the terminal needs repainting) since the last frame.
  private var dirty = false
  /// A key or a resize is waiting to be drawn: drawn at once, whatever is in flight.
  private var urgent = false
  private var renderScheduled = false
  /// Caps how long a frame waits for refreshes in flight; disarmed while nothing waits.
  private var windowTimer: (any SessionTimer)?
  private var windowArmed = false
  /// Set once `quit` has run: later events and timers change nothing.
  private(set) var exitStatus: Int32?
  /// Called once, with the exit status, after the terminal is restored.
  var onExit: (Int32) -> Void = { _ in }
  /// The longest a frame for data or a clock tick waits for the refreshes in flight (the tick
  /// and each account's result land within a few milliseconds of each other): one frame per
  /// refresh instead of one per event, and none later than this.
  static let coalescingWindow = Duration.milliseconds(50)

  init(
    backend: any TerminalBackend, accounts: [AccountDescriptor], venueFloor: Duration, options: DashboardOptions,
    scheduler: any SessionScheduler
  ) {
    self.backend = backend
    self.scheduler = scheduler
    self.options = options
    var settings = options.settings
    settings.minimumInterval = max(settings.minimumInterval, venueFloor)
    settings.refreshInterval = max(settings.refreshInterval, settings.minimumInterval)
    var state = DashboardState(accounts: accounts, settings: settings, now: scheduler.now)
    if let preferences = options.preferences { state.apply(preferences) }
    self.state = state
    theme = options.themeResolver(state.themeName, backend.capabilities.colorDepth)
    alertMonitor = options.alerts.map { AlertMonitor(engine: $0.engine, accounts: accounts) }
  }

  /// The pollers whose events this session receives (through `receive`).
  func attach(_ pollers: [any AccountPolling]) {
    self.pollers = pollers
  }

  /// Draws the first frame, then starts the clock and the pollers.
  func start() {
    receive(.resize(backend.size))
    render()
    windowTimer = scheduler.oneShot { [weak self] in
      guard let self else { return }
      self.windowArmed = false
      if self.dirty { self.render() }
    }
    timers.append(scheduler.repeating(every: .seconds(1)) { [weak self] in
      guard let self else { return }
      self.receive(.tick(self.scheduler.now))
    })
    fillTraces()
    pollers.forEach { $0.start() }
  }

  /// Stops the pollers and timers, restores the terminal, saves the remembered choices and the
  /// history, and reports `status`: the one end of every path. Later calls do nothing.
  func quit(status: Int32) {
    guard exitStatus == nil else { return }
    exitStatus = status
    pollers.forEach { $0.stop() }
    timers.forEach { $0.cancel() }
    windowTimer?.cancel()
    backend.close()
    options.preferencesFile?.save(state.preferences)
    // The refreshes already received are kept; waits at most the store's busy timeout.
    options.history?.flush()
    onExit(status)
  }

  /// One event from a poller, a signal or the terminal.
  func receive(_ event: DashboardEvent) {
    send(event)
  }

  /// Ctrl-C is the documented quit key; SIGTERM and SIGHUP (the SSH session dropped) end with
  /// the shell's 128 + signal status; SIGWINCH is a resize.
  func handleSignal(_ signalNumber: Int32) {
    switch signalNumber {
    case SIGINT: quit(status: 0)
    case SIGTERM, SIGHUP: quit(status: 128 + signalNumber)
    case SIGWINCH: send(.resize(backend.resize()))
    default: break
    }
  }

  /// Reads the keys waiting on the terminal; input that is gone (the terminal closed) ends the
  /// session as a hang-up does.
  func readInput() {
    let batch = backend.readInput()
    if batch.inputLost { return quit(status: 128 + SIGHUP) }
    for key in batch.keys {
      if key == .control("l") {
        // Redraw is a terminal matter: the state does not change.
        backend.invalidate()
        scheduleRender(urgent: true)
      } else {
        send(.key(key))
      }
    }
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
    let now = scheduler.now
    // One job reads the accounts in turn: one reader of the pool, not one thread per account.
    scheduler.background {
      // A read that fails leaves the sparkline to this session's refreshes.
      names.map { name in (try? history.recentPoints(account: name, now: now)) ?? [] }
    } then: { [weak self] traces in
      for (index, points) in traces.enumerated() { self?.send(.history(account: index, points: points)) }
    }
  }

  /// Reads the history view's chart off the main queue and sends it back.
  private func loadChart(account: Int, window: HistoryWindow) {
    guard let history = options.history, state.accounts.indices.contains(account) else { return }
    let name = state.accounts[account].name
    let end = scheduler.now
    scheduler.background { history.chart(account: account, name: name, window: window, end: end) } then: {
      [weak self] chart in self?.send(.historyChart(chart))
    }
  }

  private func send(_ event: DashboardEvent) {
    guard exitStatus == nil else { return }
    // Queued for the history's own queue: the write never delays this frame.
    if case .snapshot(_, let snapshot) = event { options.history?.record(snapshot) }
    let effects = Dashboard.reduce(&state, event)
    effects.forEach(apply)
    observeAlerts(event)
    // A fetch starting is not drawn (the screen shows results, not requests in flight); a frame
    // for it would cost a full render per account per refresh for no visible change.
    switch event {
    case .fetchStarted: return
    case .tick, .snapshot, .fetchFailed: scheduleRender(urgent: false)
    default: scheduleRender(urgent: true)
    }
  }

  /// Runs the alert rules on a refresh's result; the alerts go to margintop's log, the alert log
  /// and the hook's queue (the hook runs off the main queue), then to the screen as one event.
  private func observeAlerts(_ event: DashboardEvent) {
    let alerts = alertMonitor?.observe(event) ?? []
    guard !alerts.isEmpty else { return }
    options.alerts?.delivery.deliver(alerts)
    options.history?.record(alerts)
    send(.alerts(alerts))
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
      theme = options.themeResolver(name, backend.capabilities.colorDepth)
    case .loadHistory(let account, let window):
      loadChart(account: account, window: window)
    case .quit:
      quit(status: 0)
    case .bell:
      backend.bell()
    case .notify(let title, let body):
      backend.notify(title: title, body: body)
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
    scheduler.soon { [weak self] in self?.renderIfDue() }
  }

  private func renderIfDue() {
    renderScheduled = false
    guard dirty, exitStatus == nil else { return }
    if urgent || !state.statuses.contains(where: \.fetching) {
      render()
    } else if !windowArmed, let windowTimer {
      windowArmed = true
      windowTimer.arm(after: DashboardSession.coalescingWindow)
    }
  }

  private func render() {
    dirty = false
    urgent = false
    if windowArmed {
      windowArmed = false
      windowTimer?.disarm()
    }
    let frame = Dashboard.render(state, size: backend.size, theme: theme, glyphs: backend.capabilities.glyphs)
    backend.draw(frame)
    backend.setTitle(state.windowTitle)
  }
}
