/// A colour the terminal can show, after the capability ladder has been applied.
public enum TerminalColor: Sendable, Hashable {
  /// The terminal's own foreground or background (`use_default_colors`, pair colour -1).
  case `default`
  /// One of the 16 ANSI colours, 0–15 (8–15 are the bright ones).
  case ansi(UInt8)
  /// An xterm-256 palette index, 16–255.
  case indexed(UInt8)
}

/// Text attributes that every terminal can show, even without colour.
public struct TextAttributes: OptionSet, Sendable, Hashable {
  public let rawValue: UInt8
  public init(rawValue: UInt8) { self.rawValue = rawValue }

  public static let bold = TextAttributes(rawValue: 1 << 0)
  public static let dim = TextAttributes(rawValue: 1 << 1)
  public static let underline = TextAttributes(rawValue: 1 << 2)
  public static let reverse = TextAttributes(rawValue: 1 << 3)
}

/// The style of one cell: what the terminal layer turns into a colour pair and attributes.
public struct CellStyle: Sendable, Hashable {
  public var foreground: TerminalColor
  public var background: TerminalColor
  public var attributes: TextAttributes

  public init(foreground: TerminalColor = .default, background: TerminalColor = .default, attributes: TextAttributes = []) {
    self.foreground = foreground
    self.background = background
    self.attributes = attributes
  }

  /// The terminal's default colours, no attributes.
  public static let plain = CellStyle()
}
