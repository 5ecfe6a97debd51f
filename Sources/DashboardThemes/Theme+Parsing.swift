extension Theme {
  /// A theme parsed from one file, with the warnings (unknown keys) that did not stop it.
  public struct Parsed: Sendable, Hashable {
    /// The theme as the file states it (inheritance not yet applied).
    public var theme: Theme
    /// Unknown keys and roles, which were ignored.
    public var warnings: [ThemeDiagnostic]
  }

  /// Parses the TOML text of a theme file.
  ///
  /// - Parameters:
  ///   - text: the file's contents.
  ///   - name: the theme's name (the file name without `.toml`).
  ///   - file: the path shown in messages.
  /// - Throws: `ThemeDiagnostic` naming the file, line and key of the first error.
  public static func parse(_ text: String, name: String, file: String) throws(ThemeDiagnostic) -> Parsed {
    var parser = ThemeParser(file: file, text: text)
    let theme = try parser.parse(text, name: name)
    let warnings = parser.warnings.sorted { ($0.line ?? 0) < ($1.line ?? 0) }
    return Parsed(theme: theme, warnings: warnings)
  }
}
