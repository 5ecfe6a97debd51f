import DashboardCore

extension Theme {
  /// This theme with every role it leaves unset taken from `parent`, role by role: a role the
  /// child sets keeps only the child's 16-colour entry, so a parent's `[ansi16]` never
  /// overrides a colour the child chose.
  public func inheriting(from parent: Theme) -> Theme {
    var merged = self
    for (role, style) in parent.roles where merged.roles[role] == nil {
      merged.roles[role] = style
      if merged.ansi16[role] == nil, let low = parent.ansi16[role] {
        merged.ansi16[role] = low
      }
    }
    for (role, low) in parent.ansi16 where merged.roles[role] == nil && merged.ansi16[role] == nil {
      merged.ansi16[role] = low
    }
    merged.monochrome.merge(parent.monochrome) { own, _ in own }
    merged.variant = variant ?? parent.variant
    return merged
  }

  /// The concrete style of every role at `depth`: the capability ladder. 256 colours use the
  /// nearest xterm-256 index; 8/16 colours use `[ansi16]` or the nearest ANSI colour (8 folds
  /// bright to normal); monochrome uses the `[monochrome]` attributes only. Roles the theme
  /// does not set are plain.
  public func resolved(for depth: ColorDepth) -> ResolvedTheme {
    var styles: [ThemeRole: CellStyle] = [:]
    for role in ThemeRole.allCases {
      switch depth {
      case .monochrome:
        styles[role] = CellStyle(attributes: monochrome[role] ?? roles[role]?.attributes ?? [])
      case .ansi8, .ansi16:
        styles[role] = (ansi16[role] ?? roles[role]).map { $0.cellStyle(depth: depth) } ?? .plain
      case .indexed256:
        styles[role] = roles[role].map { $0.cellStyle(depth: depth) } ?? .plain
      }
    }
    return ResolvedTheme(name: name, depth: depth, styles: styles)
  }
}

extension ThemeStyle {
  /// This style on a terminal with colours at `depth`.
  func cellStyle(depth: ColorDepth) -> CellStyle {
    var attributes = self.attributes
    var foreground = (self.foreground ?? .default).terminalColor(depth: depth)
    // Bright black folded to black would vanish on a dark background: dim the default instead.
    if depth == .ansi8, self.foreground?.terminalColor(depth: .ansi16) == .ansi(8) {
      foreground = .default
      attributes.insert(.dim)
    }
    return CellStyle(foreground: foreground, background: (background ?? .default).terminalColor(depth: depth), attributes: attributes)
  }
}

extension ThemeColor {
  /// The colour a terminal with `depth` colours shows for this one; `.default` in monochrome.
  public func terminalColor(depth: ColorDepth) -> TerminalColor {
    switch (self, depth) {
    case (_, .monochrome), (.default, _):
      return .default
    case (.ansi(let index), .ansi8):
      return .ansi(index % 8)
    case (.ansi(let index), _):
      return .ansi(index)
    case (.indexed(let index), .indexed256):
      return .indexed(index)
    case (.rgb(let rgb), .indexed256):
      return .indexed(ColorApproximation.nearest256(rgb))
    case (.indexed(let index), _):
      return ThemeColor.ansi(ColorApproximation.nearestANSI(ColorApproximation.rgb(ofIndex: index))).terminalColor(depth: depth)
    case (.rgb(let rgb), _):
      return ThemeColor.ansi(ColorApproximation.nearestANSI(rgb)).terminalColor(depth: depth)
    }
  }
}
