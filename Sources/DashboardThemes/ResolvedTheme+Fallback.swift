import DashboardCore

extension ResolvedTheme {
  /// A built-in theme that needs no file: ANSI colours on the terminal's own background, or
  /// attributes only in monochrome. Used when no theme file can be loaded.
  public static func fallback(depth: ColorDepth) -> ResolvedTheme {
    Theme.builtinDefault.resolved(for: depth)
  }
}
