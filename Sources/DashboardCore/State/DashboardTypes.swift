import Alerting
import ExchangeModel
import Foundation


/// An account as the dashboard knows it before any data arrives.
public struct AccountDescriptor: Sendable, Hashable {
  public var name: String
  public var venue: Venue
  public init(name: String, venue: Venue) {
    self.name = name
    self.venue = venue
  }
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
  /// Ring the terminal bell once per alert (`[alerts] bell`).
  public var alertBell: Bool
  /// Send a desktop notification through the terminal per alert (`[alerts] desktop`).
  public var alertDesktop: Bool
  /// The zone alert times are shown in.
  public var timeZone: TimeZone

  public init(
    refreshInterval: Duration = .seconds(5), minimumInterval: Duration = .seconds(1), privacy: Bool = false,
    themeNames: [String] = ["default"], alertBell: Bool = true, alertDesktop: Bool = false, timeZone: TimeZone = .gmt
  ) {
    self.refreshInterval = refreshInterval
    self.minimumInterval = minimumInterval
    self.privacy = privacy
    self.themeNames = themeNames
    self.alertBell = alertBell
    self.alertDesktop = alertDesktop
    self.timeZone = timeZone
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
  /// The alert rules raised these, in order.
  case alerts([Alert])
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
  /// Ring the terminal bell (once per alert).
  case bell
  /// A desktop notification through the terminal (OSC 9 and OSC 777).
  case notify(title: String, body: String)
}

