extension CellStyle {
  /// The ANSI SGR escape that selects this style from a reset state, e.g. `ESC[0;1;38;5;110m`;
  /// for line-oriented output such as `margintop themes` (the dashboard itself uses curses).
  public var sgr: String {
    var codes = ["0"]
    if attributes.contains(.bold) { codes.append("1") }
    if attributes.contains(.dim) { codes.append("2") }
    if attributes.contains(.underline) { codes.append("4") }
    if attributes.contains(.reverse) { codes.append("7") }
    codes += Self.sgrCodes(foreground, base: 30)
    codes += Self.sgrCodes(background, base: 40)
    return "\u{1B}[" + codes.joined(separator: ";") + "m"
  }

  /// The SGR reset sequence.
  public static let sgrReset = "\u{1B}[0m"

  private static func sgrCodes(_ color: TerminalColor, base: Int) -> [String] {
    switch color {
    case .default: []
    case .ansi(let index) where index < 8: ["\(base + Int(index))"]
    case .ansi(let index): ["\(base + 60 + Int(index) - 8)"]
    case .indexed(let index): ["\(base + 8)", "5", "\(index)"]
    }
  }
}
