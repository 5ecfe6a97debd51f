/// A piece of display text and the theme role it should be drawn with.
public struct FormattedText: Sendable, Hashable {
  /// What to draw.
  public var text: String
  /// How to draw it.
  public var role: ThemeRole

  /// Text in a role.
  public init(_ text: String, role: ThemeRole) {
    self.text = text
    self.role = role
  }
}
