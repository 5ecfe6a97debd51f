/// How many colours the terminal can show, decided once at start-up.
public enum ColorDepth: Sendable, Hashable, CaseIterable {
  /// No colour: `NO_COLOR`, `--no-color`, or a terminal without colours. Attributes only.
  case monochrome
  /// The 8 basic ANSI colours.
  case ansi8
  /// The 16 ANSI colours.
  case ansi16
  /// The xterm-256 palette.
  case indexed256
}
