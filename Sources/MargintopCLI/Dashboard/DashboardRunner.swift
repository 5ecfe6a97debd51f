import Alerting
import DashboardCore
import DashboardThemes
import ExchangeModel
import Foundation
import TerminalUI

/// Options of one interactive dashboard session.
public struct DashboardOptions: Sendable {
  public var settings: DashboardSettings
  /// Force ASCII glyphs (`--ascii`); ASCII is also chosen when the locale is not UTF-8.
  public var ascii: Bool
  /// Disable colour (`--no-color`); `NO_COLOR` in the environment does the same.
  public var noColor: Bool
  /// Resolves a theme by name for a colour depth (the themes layer supplies it).
  public var themeResolver: @Sendable (String, ColorDepth) -> ResolvedTheme
  /// Choices remembered from the last session (the command leaves out those given as flags).
  var preferences: DashboardPreferences?
  /// Where the choices are written at exit; `nil` remembers nothing (the demo).
  var preferencesFile: PreferencesFile?
  /// Where each refresh is recorded; `nil` with `--no-history`, `history = false` or `--demo`.
  public var history: HistoryRecorder?
  /// The alert rules and where their alerts go besides the screen; `nil` raises no alert.
  var alerts: (engine: AlertEngine, delivery: AlertDelivery)?
  /// Why `history` is `nil` (`--no-history`, `history = false`, `--demo`, the file could not be
  /// opened), for the history view.
  var historyOffReason: String?

  public init(
    settings: DashboardSettings, ascii: Bool = false, noColor: Bool = false,
    themeResolver: @escaping @Sendable (String, ColorDepth) -> ResolvedTheme = { _, depth in .fallback(depth: depth) },
    history: HistoryRecorder? = nil
  ) {
    self.settings = settings
    self.ascii = ascii
    self.noColor = noColor
    self.themeResolver = themeResolver
    self.history = history
  }
}

/// Runs the interactive dashboard: curses screen, one refresh timer per account, input and
/// resize sources, all feeding `Dashboard.reduce` on the main actor.
public enum DashboardRunner {
  /// Runs until the user quits or a signal ends it, restores the terminal on every path, and
  /// returns the exit status: 0 on quit, 128 + the signal's number on SIGTERM or SIGHUP, 2 when
  /// the terminal cannot be used. Awaiting parks the async main while the main-queue sources run
  /// (`dispatchMain()` would trap under an async main).
  @MainActor
  public static func run(sources: [any BalanceSource], options: DashboardOptions) async -> Int32 {
    DashboardSignals.ignoreUntilSourcesExist()
    let screen: TerminalScreen
    do {
      screen = try TerminalScreen(options: TerminalOptions(forceASCII: options.ascii, noColor: options.noColor))
    } catch {
      FileHandle.standardError.write(Data("margintop: \(error)\n".utf8))
      return 2
    }
    let session = DashboardSession(
      backend: screen, accounts: sources.map { AccountDescriptor(name: $0.accountName, venue: $0.venue) },
      venueFloor: sources.map(\.minimumInterval).max() ?? .zero, options: options, scheduler: DispatchSessionScheduler())
    session.attach(
      sources.enumerated().map { index, source in
        AccountPoller(index: index, source: source, interval: session.state.refreshInterval) { [weak session] event in
          session?.receive(event)
        }
      })
    var inputs: SessionInputSources?
    let status = await withCheckedContinuation { (finished: CheckedContinuation<Int32, Never>) in
      session.onExit = { finished.resume(returning: $0) }
      inputs = SessionInputSources(session: session)
      session.start()
    }
    inputs?.cancel()
    return status
  }
}
