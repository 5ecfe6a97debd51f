import ExchangeModel

/// How current an account's figures are.
public enum Freshness: Sendable, Hashable {
  /// No data and no error yet.
  case waiting
  /// Updated within two refresh intervals.
  case fresh
  /// Two intervals or more without an update; the last good values stay on screen.
  case stale(reason: String)

  /// True for `.stale`.
  public var isStale: Bool {
    if case .stale = self { return true }
    return false
  }

  /// An error as one line: its kind and margintop's own message (never the venue's text).
  public static func describe(_ error: ExchangeError) -> String {
    "\(error.kind.rawValue): \(error.message)"
  }
}
