import DashboardCore
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
/// resize sources, all feeding `Dashboard.reduce` on the main queue.
public enum DashboardRunner {
  /// Runs until the user quits; restores the terminal on every exit path, then exits the process
  /// (status 0 on quit). Called from the async `main` of the command line, so it parks the task
  /// (`Task.sleep` in a loop) while main-queue Dispatch sources run: `dispatchMain()` would trap
  /// under an async main.
  @MainActor
  public static func run(sources: [any BalanceSource], options: DashboardOptions) async -> Never {
    DashboardSignals.ignoreUntilSourcesExist()
    let screen: TerminalScreen
    do {
      screen = try TerminalScreen(options: TerminalOptions(forceASCII: options.ascii, noColor: options.noColor))
    } catch {
      FileHandle.standardError.write(Data("margintop: \(error)\n".utf8))
      exit(2)
    }
    let session = DashboardSession(screen: screen, balanceSources: sources, options: options)
    session.start()
    // Park the async main while main-queue sources run; every exit goes through session.quit.
    while true {
      do {
        try await Task.sleep(for: .seconds(3600))
      } catch {
        session.quit(status: 1)
      }
    }
  }
}
