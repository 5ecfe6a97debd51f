import DashboardCore

/// The style a theme gives one role: optional colours and attributes, before the capability
/// ladder. A nil colour means the terminal's own.
public struct ThemeStyle: Sendable, Hashable {
  /// The text colour; nil is the terminal's own.
  public var foreground: ThemeColor?
  /// The cell's background; nil is the terminal's own.
  public var background: ThemeColor?
  /// Bold, dim, underline, reverse.
  public var attributes: TextAttributes

  /// A style from its parts.
  public init(foreground: ThemeColor? = nil, background: ThemeColor? = nil, attributes: TextAttributes = []) {
    self.foreground = foreground
    self.background = background
    self.attributes = attributes
  }
}
