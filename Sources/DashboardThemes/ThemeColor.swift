import DashboardCore

/// A colour as a theme file states it, before the capability ladder turns it into a
/// `TerminalColor` the terminal can show.
public enum ThemeColor: Sendable, Hashable {
  /// The terminal's own foreground or background.
  case `default`
  /// One of the 16 ANSI colours (0–15), shown in whatever the user's terminal makes of them.
  case ansi(UInt8)
  /// An xterm-256 palette index, 16–255.
  case indexed(UInt8)
  /// A 24-bit colour, approximated at every depth (margintop never redefines the palette).
  case rgb(RGBColor)

  /// The ANSI colour names a theme may use, in index order (0–15).
  public static let ansiNames: [String] = [
    "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
    "bright-black", "bright-red", "bright-green", "bright-yellow",
    "bright-blue", "bright-magenta", "bright-cyan", "bright-white",
  ]

  /// Parses a colour literal: `default`, an ANSI name, or `#rrggbb`; nil for anything else.
  public init?(literal: String) {
    if literal == "default" {
      self = .default
    } else if let index = Self.ansiNames.firstIndex(of: literal) {
      self = .ansi(UInt8(index))
    } else if let rgb = RGBColor(hex: literal) {
      self = .rgb(rgb)
    } else {
      return nil
    }
  }

  /// A palette index 0–255: 0–15 are the ANSI colours, the rest the xterm-256 palette.
  public init?(index: Int) {
    guard let byte = UInt8(exactly: index) else { return nil }
    self = byte < 16 ? .ansi(byte) : .indexed(byte)
  }
}
