/// How the currencies of the selected tab are shown.
public enum ViewMode: Sendable, Hashable {
  /// One bordered panel per currency in a responsive grid.
  case panels
  /// One row per currency.
  case table
}

/// What covers the body of the screen, if anything.
public enum Overlay: Sendable, Hashable {
  case none
  /// The key table.
  case help
  /// Every raw field of the selected currency.
  case detail
  /// The session's alerts, newest first (`a`).
  case alerts
  /// The history chart of one account (`H`).
  case history
}
