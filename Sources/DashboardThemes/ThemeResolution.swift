import DashboardCore

/// A theme resolved by name for a colour depth, with what went wrong on the way. When the
/// theme cannot be used, `theme` is `default` and `diagnostics` holds the error.
public struct ThemeResolution: Sendable, Hashable {
  /// The theme to draw with.
  public var theme: ResolvedTheme
  /// Errors and warnings of the theme and the themes it inherits from.
  public var diagnostics: [ThemeDiagnostic]

  /// A resolution from its parts.
  public init(theme: ResolvedTheme, diagnostics: [ThemeDiagnostic]) {
    self.theme = theme
    self.diagnostics = diagnostics
  }

  /// Whether the requested theme could not be used and `default` stands in.
  public var fellBack: Bool {
    diagnostics.contains { $0.severity == .error }
  }
}
