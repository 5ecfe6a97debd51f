/// Where the history database lives, following the XDG base directory specification.
public enum HistoryPaths {
  /// `$XDG_STATE_HOME/margintop/history.sqlite`, or `~/.local/state/margintop/history.sqlite`:
  /// history is state (it can be lost without losing configuration), not data worth backing up.
  public static func defaultDatabase(environment: [String: String], home: String) -> String {
    var base = home + "/.local/state"
    // The spec says to ignore a relative XDG path.
    if let value = environment["XDG_STATE_HOME"], value.hasPrefix("/") {
      base = value.count > 1 && value.hasSuffix("/") ? String(value.dropLast()) : value
    }
    return base + "/margintop/history.sqlite"
  }
}
