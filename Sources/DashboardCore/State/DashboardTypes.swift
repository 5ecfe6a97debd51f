import ExchangeModel
import Foundation

/// The size of the terminal in cells.
public struct TerminalSize: Sendable, Hashable {
  public var width: Int
  public var height: Int
  public init(width: Int, height: Int) {
    self.width = width
    self.height = height
  }
}

/// An account as the dashboard knows it before any data arrives.
public struct AccountDescriptor: Sendable, Hashable {
  public var name: String
  public var venue: Venue
  public init(name: String, venue: Venue) {
    self.name = name
    self.venue = venue
  }
}

/// A decoded key press, independent of curses.
public enum KeyPress: Sendable, Hashable {
  case character(Character)
  /// Ctrl plus a letter, e.g. `.control("r")` for Ctrl-R.
  case control(Character)
  case up, down, left, right
  case pageUp, pageDown, home, end
  case enter, escape, tab, backTab, backspace
  /// F1–F12.
  case function(Int)
}

/// Settings the dashboard starts with.
public struct DashboardSettings: Sendable, Hashable {
  /// Time between refreshes of each account.
  public var refreshInterval: Duration
  /// The venues' floor for the interval (`+`/`-` never go below it).
  public var minimumInterval: Duration
  /// Start in privacy mode.
  public var privacy: Bool
  /// Theme names `t` cycles through, the first being the one in use.
  public var themeNames: [String]

  public init(refreshInterval: Duration = .seconds(5), minimumInterval: Duration = .seconds(1), privacy: Bool = false, themeNames: [String] = ["default"]) {
    self.refreshInterval = refreshInterval
    self.minimumInterval = minimumInterval
    self.privacy = privacy
    self.themeNames = themeNames
  }
}

/// Everything that can happen to the dashboard, delivered on its one owner (the main queue).
public enum DashboardEvent: Sendable {
  /// A refresh of account `account` (index into the accounts) started.
  case fetchStarted(account: Int, at: Date)
  /// A refresh succeeded.
  case snapshot(account: Int, AccountSnapshot)
  /// A refresh failed.
  case fetchFailed(account: Int, ExchangeError, at: Date)
  case key(KeyPress)
  case resize(TerminalSize)
  /// The clock moved on (ages, change highlights and staleness depend on it).
  case tick(Date)
  /// An account's recent past from the history store, for its sparklines; later snapshots
  /// extend it. Sent once at start (with no points when there is no history to read).
  case history(account: Int, points: [HistoryPoint])
  /// The history view's chart, as the store returned it for `loadHistory`.
  case historyChart(HistoryChart)
  /// History is off for this session, and why.
  case historyOff(reason: String)
}

/// What the reducer asks the outside world to do.
public enum DashboardEffect: Sendable, Hashable {
  /// Fetch now; `nil` means every account.
  case refreshNow(account: Int?)
  case setRefreshInterval(Duration)
  case setPaused(Bool)
  /// Switch to the named theme.
  case setTheme(String)
  /// Read account `account`'s history over `window` and send it back as `historyChart`.
  case loadHistory(account: Int, window: HistoryWindow)
  case quit
}

/// Box-drawing and meter glyphs: Unicode, or ASCII for terminals and locales without UTF-8.
public enum GlyphSet: Sendable, Hashable {
  case unicode
  case ascii
}
