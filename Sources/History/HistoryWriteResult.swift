/// What became of one refresh written to the store: a write never throws at the dashboard.
public enum HistoryWriteResult: Sendable, Hashable {
  /// The refresh is in the database.
  case written
  /// The refresh is in the database, but the maintenance after it (aggregation, pruning, the
  /// size cap) failed; the message says why. It is tried again a minute later.
  case writtenWithWarning(String)
  /// The refresh was dropped (disk full, database locked by another instance, I/O error); the
  /// message says why. Later refreshes are tried again.
  case skipped(String)

  /// The warning to show, if any.
  public var warning: String? {
    switch self {
    case .written: return nil
    case .writtenWithWarning(let message), .skipped(let message): return message
    }
  }

  /// Whether the refresh reached the database.
  public var isWritten: Bool {
    if case .skipped = self { return false }
    return true
  }
}
