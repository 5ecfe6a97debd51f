/// Why the history store could not be opened at all, even after moving a bad file aside.
public struct HistoryError: Error, Sendable, CustomStringConvertible {
  /// What went wrong, in a user's words, with the path.
  public var message: String

  public init(_ message: String) {
    self.message = message
  }

  public var description: String { message }
}
