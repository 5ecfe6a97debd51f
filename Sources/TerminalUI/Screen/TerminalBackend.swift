import TerminalModel

/// What a dashboard session needs of a terminal: its size and capabilities, frames drawn, keys
/// read, the window title, and a restore at the end.
///
/// `TerminalScreen` is the curses implementation; tests drive a session through an in-memory
/// one, so the session loop runs without a terminal.
@MainActor
public protocol TerminalBackend: AnyObject {
  /// The size the next frame must have.
  var size: TerminalSize { get }
  /// Glyphs and colour depth the terminal can show.
  var capabilities: TerminalCapabilities { get }
  /// Shows `frame`; returns how many cells were written.
  @discardableResult func draw(_ frame: Frame) -> Int
  /// Sets the window title (a hidden pane still says how the accounts stand).
  func setTitle(_ title: String)
  /// Re-reads the size after SIGWINCH; the next draw writes every cell.
  @discardableResult func resize() -> TerminalSize
  /// Every key waiting on standard input, and whether the input is gone (the terminal closed).
  func readInput() -> InputBatch
  /// Makes the next draw repaint everything (Ctrl-L).
  func invalidate()
  /// Rings the terminal bell.
  func bell()
  /// Asks the terminal for a desktop notification.
  func notify(title: String, body: String)
  /// Restores the terminal; safe to call more than once.
  func close()
}

extension TerminalScreen: TerminalBackend {}
