/// The style a theme gives one role: optional colours and attributes, before the capability
/// ladder. A nil colour means the terminal's own.
public struct ThemeStyle: Sendable, Hashable {
  public var foreground: ThemeColor?
  public var background: ThemeColor?
  public var attributes: TextAttributes

  public init(foreground: ThemeColor? = nil, background: ThemeColor? = nil, attributes: TextAttributes = []) {
    self.foreground = foreground
    self.background = background
    self.attributes = attributes
  }
}
