import ExchangeModel
import Foundation

/// The whole state of the dashboard; changed only by `Dashboard.reduce`.
public struct DashboardState: Sendable {
  /// The configured accounts, in tab order.
  public var accounts: [AccountDescriptor]
  /// The settings the dashboard started with.
  public var settings: DashboardSettings
  /// The clock as of the last tick.
  public var now: Date

  /// One status per account, in the order of `accounts`.
  public var statuses: [AccountStatus]
  /// The selected tab: 0 is "All", 1...n are the accounts in order.
  public var tab: Int
  /// Panels or table (`v`).
  public var viewMode: ViewMode = .panels
  /// Help or detail over the body, if open.
  public var overlay: Overlay = .none
  /// The selected currency code; kept across refreshes and re-sorts.
  public var selectedCurrency: String?
  /// First line shown in the detail or help overlay.
  public var overlayScroll: Int = 0
  /// The sort column (`s`/`S`): risk (level, then USD value) unless the user picks another.
  public var sort: SortKey = .risk
  /// `r` flips the natural direction of `sort`.
  public var sortReversed: Bool = false
  /// Case-insensitive substring of currency codes to show; empty shows all.
  public var filter: String = ""
  /// Typed characters go to the filter.
  public var isEditingFilter: Bool = false
  /// Automatic refresh is paused (`p`).
  public var paused: Bool = false
  /// Every amount is masked (`.`).
  public var privacy: Bool
  /// Amounts show the venue's exact text instead of the display rounding (`x`).
  public var exact: Bool = false
  /// The refresh interval in use (`+`/`-`).
  public var refreshInterval: Duration
  /// Index into `settings.themeNames` of the theme in use.
  public var themeIndex: Int = 0
  /// A short message shown in the top line for `Notice.duration` (the theme just chosen).
  public var notice: Notice?
  /// The last size the terminal reported; paging uses it.
  public var size: TerminalSize?
  /// The "All" tab's balances: every account's currencies merged by code, recomputed by the
  /// reducer when a snapshot arrives.
  public internal(set) var mergedBalances: [String: CurrencyBalance] = [:]
  /// The session's alerts, oldest first, at most `alertLogLimit`; `A` acknowledges them.
  public internal(set) var alerts: [AlertEntry] = []
  /// Each account's recent past for the sparklines, in the order of `accounts`; `nil` until the
  /// history (or, without one, the session) starts it, so no sparkline is drawn from nothing.
  public internal(set) var traces: [HistoryTrace?]
  /// The history view (`H`).
  public var history = HistoryViewState()
  /// Why there is no history to show (`--no-history`, the store could not be opened); `nil`
  /// while it is on.
  public var historyOff: String?

  /// How long a changed value stays highlighted.
  public static let changeHighlight: TimeInterval = 3

  /// The state at start-up: no data yet, the first tab (or the only account) selected.
  public init(accounts: [AccountDescriptor], settings: DashboardSettings, now: Date) {
    self.accounts = accounts
    self.settings = settings
    self.now = now
    self.statuses = accounts.map { _ in AccountStatus() }
    self.traces = accounts.map { _ in nil }
    // With one account the "All" tab would repeat it: start on the account itself.
    self.tab = accounts.count == 1 ? 1 : 0
    self.privacy = settings.privacy
    self.refreshInterval = max(settings.refreshInterval, settings.minimumInterval)
  }

  /// The index of the account the selected tab shows, or `nil` on the "All" tab.
  public var selectedAccount: Int? {
    tab >= 1 && tab <= accounts.count ? tab - 1 : nil
  }

  /// The theme name in use.
  public var themeName: String {
    settings.themeNames.indices.contains(themeIndex) ? settings.themeNames[themeIndex] : "default"
  }

  /// Freshness of account `index` now.
  public func freshness(of index: Int) -> Freshness {
    guard statuses.indices.contains(index) else { return .waiting }
    return statuses[index].freshness(now: now, interval: refreshInterval, paused: paused)
  }
}
