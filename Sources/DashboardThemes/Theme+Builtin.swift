extension Theme {
  /// Every shipped theme's source, compiled in: the text of each `themes/NAME.toml`
  /// (generated into `ShippedThemeSources`), so an installed binary needs no theme files.
  public static let builtinSources: [String: String] = ShippedThemeSources.byName

  /// The built-in `default` theme, the root every theme falls back to.
  public static let builtinDefault: Theme = builtin("default")

  /// The built-in `monochrome` theme.
  public static let builtinMonochrome: Theme = builtin("monochrome").inheriting(from: builtinDefault)

  /// Parses a compiled-in theme; the tests prove these parse, so the empty theme is unreachable.
  private static func builtin(_ name: String) -> Theme {
    let source = builtinSources[name] ?? ""
    return (try? parse(source, name: name, file: "built-in").theme) ?? Theme(name: name)
  }
}
