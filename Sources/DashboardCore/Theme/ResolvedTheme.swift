/// A theme resolved for one colour depth: a concrete style for every role.
public struct ResolvedTheme: Sendable, Hashable {
  /// The theme's name (`default`, `nord`).
  public var name: String
  public var depth: ColorDepth
  public var styles: [ThemeRole: CellStyle]

  public init(name: String, depth: ColorDepth, styles: [ThemeRole: CellStyle]) {
    self.name = name
    self.depth = depth
    self.styles = styles
  }

  /// The style for `role`; plain when the theme has none.
  public subscript(role: ThemeRole) -> CellStyle {
    styles[role] ?? .plain
  }
}
