/// A decoded key press, independent of curses.
public enum KeyPress: Sendable, Hashable {
  case character(Character)
  /// Ctrl plus a letter, e.g. `.control("r")` for Ctrl-R.
  case control(Character)
  case up, down, left, right
  case pageUp, pageDown, home, end
  case enter, escape, tab, backTab, backspace
  /// F1–F12.
  case function(Int)
}
