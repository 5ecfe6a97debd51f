/// One result of `wget_wch`, before decoding: a character, or a curses key code.
public enum CursesInput: Sendable, Hashable {
  /// `wget_wch` returned `OK` with this Unicode scalar value.
  case character(UInt32)
  /// `wget_wch` returned `KEY_CODE_YES` with this key code (`KEY_UP`, `KEY_F(1)` …).
  case keyCode(Int32)
}
