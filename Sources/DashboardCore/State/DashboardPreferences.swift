/// What a user chose on screen and expects back next time: theme, sort, view, exact display and
/// refresh interval. Pure values; the command line reads and writes the file.
public struct DashboardPreferences: Sendable, Hashable {
  public var theme: String?
  /// A `SortKey` label (`risk`, `USD value`, …).
  public var sort: String?
  public var sortReversed: Bool?
  /// `panels` or `table`.
  public var view: String?
  public var exact: Bool?
  public var refreshSeconds: Double?

  public init(
    theme: String? = nil, sort: String? = nil, sortReversed: Bool? = nil, view: String? = nil, exact: Bool? = nil,
    refreshSeconds: Double? = nil
  ) {
    self.theme = theme
    self.sort = sort
    self.sortReversed = sortReversed
    self.view = view
    self.exact = exact
    self.refreshSeconds = refreshSeconds
  }
}

extension DashboardState {
  /// The choices to remember.
  public var preferences: DashboardPreferences {
    DashboardPreferences(
      theme: themeName, sort: sort.label, sortReversed: sortReversed, view: viewMode == .table ? "table" : "panels",
      exact: exact, refreshSeconds: Double(refreshInterval.components.seconds))
  }

  /// Takes back remembered choices. Anything unknown (a theme no longer offered, a sort that no
  /// longer exists, an interval outside the venues' floor and an hour) is ignored, never fatal.
  public mutating func apply(_ preferences: DashboardPreferences) {
    if let theme = preferences.theme, let index = settings.themeNames.firstIndex(of: theme) { themeIndex = index }
    if let label = preferences.sort, let key = SortKey.allCases.first(where: { $0.label == label }) { sort = key }
    if let reversed = preferences.sortReversed { sortReversed = reversed }
    if let view = preferences.view { viewMode = view == "table" ? .table : .panels }
    if let exact = preferences.exact { self.exact = exact }
    if let seconds = preferences.refreshSeconds, seconds.isFinite, seconds >= 1, seconds <= 3600 {
      refreshInterval = max(.seconds(Int(seconds)), settings.minimumInterval)
    }
  }
}
