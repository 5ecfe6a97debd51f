/// Why the curses screen could not be opened; each message tells the user what to do.
public enum TerminalError: Error, Sendable, Hashable, CustomStringConvertible {
  /// Standard output (or input) is a pipe or a file, not a terminal.
  case notATerminal(stream: String)
  /// `TERM` is unset or empty.
  case termUnset
  /// terminfo has no entry for this `TERM` (typical over SSH from a newer terminal).
  case unknownTerminal(String)
  /// The terminal cannot move the cursor (`TERM=dumb`, an editor's shell buffer).
  case cannotAddressCursor(String)

  public var description: String {
    switch self {
    case .notATerminal(let stream):
      return "standard \(stream) is not a terminal; the dashboard needs one (it cannot draw into a pipe or a file)"
    case .termUnset:
      return "TERM is not set; try TERM=xterm-256color"
    case .unknownTerminal(let term):
      return "no terminfo entry for TERM=\(term); try TERM=xterm-256color (or install the ncurses-term package)"
    case .cannotAddressCursor(let term):
      return "TERM=\(term) cannot move the cursor, so the dashboard cannot draw; run it in a terminal emulator "
        + "(TERM=xterm-256color), or use `margintop snapshot` for plain text"
    }
  }
}
