/// A piece of display text and the theme role it should be drawn with.
public struct FormattedText: Sendable, Hashable {
  public var text: String
  public var role: ThemeRole

  public init(_ text: String, role: ThemeRole) {
    self.text = text
    self.role = role
  }
}
