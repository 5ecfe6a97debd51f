import DashboardCore
import ExchangeModel
import Foundation
import Glibc
import History
import Logging
import TerminalUI
import Testing

@testable import MargintopCLI

/// The session loop without a terminal or a network: an in-memory backend, virtual time and
/// pollers the test drives.
@MainActor
@Suite("Dashboard session loop")
struct DashboardSessionTests {
  /// A poller the test drives: it records what the session asks, and the test delivers events.
  @MainActor
  final class ScriptedPoller: AccountPolling {
    let index: Int
    var started = 0, stopped = 0, refreshes = 0
    var intervals: [Duration] = []
    var paused: [Bool] = []
    init(index: Int) { self.index = index }
    func start() { started += 1 }
    func stop() { stopped += 1 }
    func refreshNow() { refreshes += 1 }
    func setInterval(_ interval: Duration) { intervals.append(interval) }
    func setPaused(_ paused: Bool) { self.paused.append(paused) }
  }

  /// A session with two accounts, started, its first frame drawn.
  @MainActor
  final class Harness {
    let backend = RecordingBackend(size: TerminalSize(width: 100, height: 30))
    let scheduler = ManualScheduler()
    let pollers = [ScriptedPoller(index: 0), ScriptedPoller(index: 1)]
    let session: DashboardSession
    var exits: [Int32] = []

    init(refresh: Duration = .seconds(5), history: HistoryRecorder? = nil) {
      session = DashboardSession(
        backend: backend,
        accounts: [AccountDescriptor(name: "okx-main", venue: .okx), AccountDescriptor(name: "bybit-uta", venue: .bybit)],
        venueFloor: .seconds(1),
        options: DashboardOptions(settings: DashboardSettings(refreshInterval: refresh), history: history),
        scheduler: scheduler)
      session.attach(pollers)
      session.onExit = { [unowned self] in self.exits.append($0) }
      session.start()
      scheduler.finishTurn()
    }

    func snapshot(_ account: Int, equity: String = "1000") -> AccountSnapshot {
      AccountSnapshot(
        venue: account == 0 ? .okx : .bybit, accountName: account == 0 ? "okx-main" : "bybit-uta",
        mode: account == 0 ? .spot : .unified, fetchedAt: scheduler.now,
        totals: AccountTotals(equityUSD: Amount(equity)),
        currencies: [CurrencyBalance(currency: "USDT", equity: Amount(equity), equityUSD: Amount(equity))])
    }

    func fetch(_ account: Int, equity: String = "1000") {
      session.receive(.fetchStarted(account: account, at: scheduler.now))
      session.receive(.snapshot(account: account, snapshot(account, equity: equity)))
    }

    var text: String { backend.screen.joined(separator: "\n") }
  }

  @Test func startDrawsAFrameAndStartsEveryPoller() {
    let harness = Harness()
    #expect(harness.backend.frames.count >= 1)
    #expect(harness.pollers.map(\.started) == [1, 1])
    #expect(harness.text.contains("okx-main"))
  }

  @Test func refreshesInFlightAreDrawnInOneFrameWhenTheLastLands() {
    let harness = Harness()
    let before = harness.backend.frames.count
    harness.session.receive(.fetchStarted(account: 0, at: harness.scheduler.now))
    harness.session.receive(.fetchStarted(account: 1, at: harness.scheduler.now))
    harness.session.receive(.snapshot(account: 0, harness.snapshot(0)))
    harness.scheduler.finishTurn()
    // Account 1 is still in flight: the frame waits for it (up to the coalescing window).
    #expect(harness.backend.frames.count == before)
    harness.session.receive(.snapshot(account: 1, harness.snapshot(1)))
    harness.scheduler.finishTurn()
    #expect(harness.backend.frames.count == before + 1)
    #expect(harness.text.contains("2,000"), "both accounts merged on the All tab")
  }

  @Test func aFrameWaitsNoLongerThanTheCoalescingWindow() {
    let harness = Harness()
    let before = harness.backend.frames.count
    harness.session.receive(.fetchStarted(account: 0, at: harness.scheduler.now))
    harness.session.receive(.fetchStarted(account: 1, at: harness.scheduler.now))
    harness.session.receive(.snapshot(account: 0, harness.snapshot(0)))
    harness.scheduler.finishTurn()
    #expect(harness.backend.frames.count == before)
    harness.scheduler.advance(by: 0.049)
    #expect(harness.backend.frames.count == before)
    harness.scheduler.advance(by: 0.002)
    #expect(harness.backend.frames.count == before + 1)
  }

  @Test func keysAreDrawnAtOnceEvenWithRefreshesInFlight() {
    let harness = Harness()
    harness.fetch(0)
    harness.fetch(1)
    harness.scheduler.finishTurn()
    harness.session.receive(.fetchStarted(account: 0, at: harness.scheduler.now))
    let before = harness.backend.frames.count
    harness.backend.pendingInput = InputBatch(keys: [.character("v")], inputLost: false)
    harness.session.readInput()
    harness.scheduler.finishTurn()
    #expect(harness.backend.frames.count == before + 1)
    #expect(harness.text.contains("ccy"), "the table's header after v:\n\(harness.text)")
  }

  @Test func anAccountGoesStaleAfterTwoMissedIntervalsOnTheClockAlone() {
    let harness = Harness()
    harness.fetch(0)
    harness.fetch(1)
    harness.scheduler.finishTurn()
    #expect(!harness.text.contains("STALE"))
    // Only account 1 keeps answering; the ticks move the clock.
    for _ in 0..<12 {
      harness.scheduler.advance(by: 1)
      harness.fetch(1)
      harness.scheduler.finishTurn()
    }
    #expect(harness.session.state.freshness(of: 0).isStale)
    #expect(!harness.session.state.freshness(of: 1).isStale)
    #expect(harness.text.contains("STALE"), "\(harness.text)")
  }

  @Test func keyEffectsReachThePollers() {
    let harness = Harness()
    for key: KeyPress in [.control("r"), .character("p"), .character("p"), .character("+")] {
      harness.backend.pendingInput = InputBatch(keys: [key], inputLost: false)
      harness.session.readInput()
    }
    #expect(harness.pollers.map(\.refreshes) == [1, 1])
    #expect(harness.pollers[0].paused == [true, false])
    #expect(harness.pollers[0].intervals.count == 1)
  }

  @Test func ctrlLRepaintsWithoutChangingTheState() {
    let harness = Harness()
    let frames = harness.backend.frames.count
    let (tab, view, overlay) = (harness.session.state.tab, harness.session.state.viewMode, harness.session.state.overlay)
    harness.backend.pendingInput = InputBatch(keys: [.control("l")], inputLost: false)
    harness.session.readInput()
    harness.scheduler.finishTurn()
    #expect(harness.backend.invalidations == 1)
    #expect(harness.backend.frames.count == frames + 1)
    #expect(harness.session.state.tab == tab && harness.session.state.viewMode == view && harness.session.state.overlay == overlay)
  }

  @Test func aResizeRedrawsAtTheNewSize() {
    let harness = Harness()
    harness.backend.nextSize = TerminalSize(width: 60, height: 20)
    harness.session.handleSignal(SIGWINCH)
    harness.scheduler.finishTurn()
    #expect(harness.backend.frames.last?.width == 60)
    #expect(harness.backend.frames.last?.height == 20)
  }

  @Test(arguments: [
    ("q", nil, Int32(0)), ("ctrl-c", nil, 0), ("SIGINT", SIGINT, 0), ("SIGTERM", SIGTERM, 128 + SIGTERM),
    ("SIGHUP", SIGHUP, 128 + SIGHUP), ("input lost", nil, 128 + SIGHUP),
  ] as [(String, Int32?, Int32)])
  func everyQuitPathRestoresTheTerminalOnceAndReportsItsStatus(path: String, signalNumber: Int32?, status: Int32) {
    let harness = Harness()
    switch path {
    case "q": harness.backend.pendingInput = InputBatch(keys: [.character("q")], inputLost: false)
    case "ctrl-c": harness.backend.pendingInput = InputBatch(keys: [.control("c")], inputLost: false)
    case "input lost": harness.backend.pendingInput = InputBatch(keys: [], inputLost: true)
    default: break
    }
    if let signalNumber { harness.session.handleSignal(signalNumber) } else { harness.session.readInput() }
    #expect(harness.exits == [status])
    #expect(harness.backend.closes == 1)
    #expect(harness.pollers.map(\.stopped) == [1, 1])
    // Nothing after the end: no second exit, no frame, no restore.
    let frames = harness.backend.frames.count
    harness.session.handleSignal(SIGTERM)
    harness.fetch(0)
    harness.scheduler.advance(by: 5)
    #expect(harness.exits == [status])
    #expect(harness.backend.closes == 1)
    #expect(harness.backend.frames.count == frames)
  }

  @Test func theWindowTitleCarriesTheWorstLevel() {
    let harness = Harness()
    harness.fetch(0)
    harness.fetch(1)
    harness.scheduler.finishTurn()
    #expect(harness.backend.titles.last?.contains("margintop") == true)
  }

  @Test func theHistoryIsReadOffTheLoopIntoTheSparklinesAndTheChart() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("margintop-session-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let now = ManualScheduler().now
    let store = try HistoryStore.open(path: directory + "/history.sqlite", clock: HistoryClock { now }).store
    // Half an hour of okx-main before this session, one refresh a minute.
    let earlier = (1...30).map { minutes in
      AccountSnapshot(
        venue: .okx, accountName: "okx-main", mode: .spot, fetchedAt: now.addingTimeInterval(Double(-60 * minutes)),
        totals: AccountTotals(equityUSD: Amount("\(1000 + minutes)")), currencies: [])
    }
    #expect(store.record(earlier).warning == nil)
    let harness = Harness(history: HistoryRecorder(store: store, logger: Logger(label: "test")))
    #expect(harness.session.state.traces[0]?.points.count == 30)
    #expect(harness.session.state.traces[1]?.points.isEmpty == true)

    harness.session.receive(.key(.character("H")))
    #expect(harness.session.state.history.chart == nil, "the chart is read after the key's frame, not during it")
    harness.scheduler.finishTurn()
    let chart = try #require(harness.session.state.history.chart)
    #expect(chart.account == 0 && chart.window == .day && chart.problem == nil && !chart.points.isEmpty)
    #expect(!harness.text.contains("Loading"))
  }
}
