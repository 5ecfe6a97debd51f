import CNcursesw
import Glibc

extension TerminalScreen {
  /// Rings the terminal bell (curses sends `bel`, or flashes where there is none).
  public func bell() {
    guard isOpen else { return }
    beep()
  }

  /// Asks the terminal for a desktop notification (OSC 9 and OSC 777), through tmux's
  /// passthrough when `TMUX` is set.
  public func notify(title: String, body: String) {
    guard isOpen else { return }
    let insideTmux = !(Self.environment("TMUX") ?? "").isEmpty
    Self.writeOut(TerminalNotification.sequence(title: title, body: body, insideTmux: insideTmux))
  }
}
