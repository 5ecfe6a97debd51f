import DashboardCore

/// Every theme available to the dashboard, with inheritance resolved: the shipped themes compiled
/// in, then theme files in precedence order (a file replaces a built-in or earlier theme of the
/// same name, so user themes override the shipped ones). Pure: `ThemeFileReader` reads the files.
public struct ThemeLibrary: Sendable {
  /// One theme as the library knows it.
  public struct Entry: Sendable, Hashable {
    /// The theme's name.
    public var name: String
    /// The file it came from, or `built-in`.
    public var source: String
    /// The theme with its inheritance chain merged in, or the error that made it unusable.
    public var theme: Result<Theme, ThemeDiagnostic>
    /// Warnings of this file and of the files it inherits from.
    public var warnings: [ThemeDiagnostic]
  }

  /// The order `t` cycles through and `margintop themes` lists: shipped themes first, then the
  /// user's own alphabetically.
  public static let shippedOrder: [String] = [
    "default", "monochrome", "high-contrast", "light", "nord", "gruvbox-dark", "solarized-dark", "dracula", "colorblind",
  ]

  private var entries: [String: Entry] = [:]
  /// Problems found while reading the search directories, for the caller to report.
  public var loadDiagnostics: [ThemeDiagnostic]

  /// Builds the library from theme files, lowest precedence first.
  public init(files: [ThemeFile], loadDiagnostics: [ThemeDiagnostic] = []) {
    self.loadDiagnostics = loadDiagnostics
    var parsed: [String: (source: String, result: Result<Theme.Parsed, ThemeDiagnostic>)] = [:]
    for (name, source) in Theme.builtinSources {
      parsed[name] = ("built-in", Result { () throws(ThemeDiagnostic) in try Theme.parse(source, name: name, file: "built-in") })
    }
    for file in files {
      parsed[file.name] = (file.path, Result { () throws(ThemeDiagnostic) in try Theme.parse(file.text, name: file.name, file: file.path) })
    }
    for name in parsed.keys {
      entries[name] = Self.flatten(name, parsed: parsed)
    }
  }

  /// Every theme name, in cycle order.
  public var names: [String] {
    let shipped = Self.shippedOrder.filter { entries[$0] != nil }
    return shipped + entries.keys.filter { !Self.shippedOrder.contains($0) }.sorted()
  }

  /// The entry for `name`, if such a theme exists.
  public func entry(named name: String) -> Entry? {
    entries[name]
  }

  /// The theme after `name` in cycle order, wrapping round (what `t` switches to).
  public func name(after name: String) -> String {
    let all = names
    guard let index = all.firstIndex(of: name) else { return all.first ?? "default" }
    return all[(index + 1) % all.count]
  }

  /// Resolves `name` for `depth`; falls back to `default` (and to the built-in default when
  /// even that file is broken) with the error in the diagnostics.
  public func resolve(_ name: String, depth: ColorDepth) -> ThemeResolution {
    guard let entry = entries[name] else {
      let unknown = ThemeDiagnostic(file: nil, key: nil, message: "unknown theme \"\(name)\" (available: \(names.joined(separator: ", ")))")
      return ThemeResolution(theme: defaultTheme.resolved(for: depth), diagnostics: [unknown])
    }
    switch entry.theme {
    case .success(let theme):
      return ThemeResolution(theme: theme.resolved(for: depth), diagnostics: entry.warnings)
    case .failure(let error):
      return ThemeResolution(theme: defaultTheme.resolved(for: depth), diagnostics: [error] + entry.warnings)
    }
  }

  /// A resolver for `DashboardOptions.themeResolver`: pure and cheap, diagnostics dropped (report
  /// them once at start-up with `resolve(_:depth:)`).
  public var themeResolver: @Sendable (String, ColorDepth) -> ResolvedTheme {
    let library = self
    return { name, depth in library.resolve(name, depth: depth).theme }
  }

  private var defaultTheme: Theme {
    if case .success(let theme) = entries["default"]?.theme {
      return theme
    }
    return Theme.builtinDefault
  }

  /// Merges `name` with its inheritance chain, which always ends at `default`.
  private static func flatten(
    _ name: String, parsed: [String: (source: String, result: Result<Theme.Parsed, ThemeDiagnostic>)]
  ) -> Entry {
    var chain: [Theme] = []
    var warnings: [ThemeDiagnostic] = []
    var current = name
    let source = parsed[name]?.source ?? "built-in"
    while true {
      guard let found = parsed[current] else { break }
      let theme: Theme
      switch found.result {
      case .success(let value):
        theme = value.theme
        warnings += value.warnings
      case .failure(var error) where current == "default" && current != name:
        // A broken user `default.toml` must not take every other theme down with it.
        error.severity = .warning
        warnings.append(error)
        theme = Theme.builtinDefault
      case .failure(let error):
        return Entry(name: name, source: source, theme: .failure(error), warnings: warnings)
      }
      chain.append(theme)
      guard let parent = theme.inherits ?? (current == "default" ? nil : "default") else { break }
      if chain.contains(where: { $0.name == parent }) {
        guard theme.inherits != nil else { break }
        let cycle = (chain.map(\.name) + [parent]).joined(separator: " -> ")
        let error = ThemeDiagnostic(file: theme.source, line: theme.inheritsLine, key: "inherits", message: "inheritance cycle \(cycle)")
        return Entry(name: name, source: source, theme: .failure(error), warnings: warnings)
      }
      guard parsed[parent] != nil else {
        let error = ThemeDiagnostic(file: theme.source, line: theme.inheritsLine, key: "inherits", message: "unknown theme \"\(parent)\"")
        return Entry(name: name, source: source, theme: .failure(error), warnings: warnings)
      }
      current = parent
    }
    guard var merged = chain.popLast() else {
      return Entry(name: name, source: source, theme: .failure(ThemeDiagnostic(file: nil, message: "unknown theme \"\(name)\"")), warnings: warnings)
    }
    while let child = chain.popLast() {
      merged = child.inheriting(from: merged)
    }
    merged.name = name
    merged.source = source
    return Entry(name: name, source: source, theme: .success(merged), warnings: warnings)
  }
}
