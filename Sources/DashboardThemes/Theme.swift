import DashboardCore

/// A theme as one file states it: semantic roles with colours and attributes, an optional
/// explicit 8/16-colour mapping, and the attributes-only meaning of each role for terminals
/// without colour. Roles it does not set come from the theme it `inherits`, and ultimately from
/// `default` (see `ThemeLibrary`).
public struct Theme: Sendable, Hashable {
  /// The theme's name: its file name without `.toml`.
  public var name: String
  /// `dark` or `light`, when the theme says so.
  public var variant: String?
  /// A one-line description for `margintop themes`.
  public var summary: String?
  /// The theme this one falls back to, role by role.
  public var inherits: String?
  /// Where the theme came from: a file path, or `built-in`.
  public var source: String
  /// The line of the `inherits` key, for messages about the inheritance chain.
  public var inheritsLine: Int?
  /// Styles for 256-colour terminals (and for 8/16 colours when `ansi16` has no entry).
  public var roles: [ThemeRole: ThemeStyle]
  /// Explicit styles for 8/16-colour terminals, so a theme need not rely on approximation.
  public var ansi16: [ThemeRole: ThemeStyle]
  /// Attributes-only styles for terminals without colour (`NO_COLOR`, `--no-color`).
  public var monochrome: [ThemeRole: TextAttributes]

  /// A theme from its parts; `source` is `built-in` unless it came from a file.
  public init(
    name: String, variant: String? = nil, summary: String? = nil, inherits: String? = nil,
    source: String = "built-in", inheritsLine: Int? = nil,
    roles: [ThemeRole: ThemeStyle] = [:], ansi16: [ThemeRole: ThemeStyle] = [:],
    monochrome: [ThemeRole: TextAttributes] = [:]
  ) {
    self.name = name
    self.variant = variant
    self.summary = summary
    self.inherits = inherits
    self.source = source
    self.inheritsLine = inheritsLine
    self.roles = roles
    self.ansi16 = ansi16
    self.monochrome = monochrome
  }
}
