import CNcursesw
import DashboardCore

/// The curses screen: the only owner of the terminal.
@MainActor
public final class TerminalScreen {
  public init() {}
}
