/// The raw facts the capability ladder decides from, read once from the locale, the
/// environment and terminfo (kept apart so the decision is tested without a terminal).
public struct CapabilityProbe: Sendable, Hashable {
  /// `nl_langinfo(CODESET)` after `setlocale(LC_ALL, "")`, e.g. `UTF-8` or `ANSI_X3.4-1968`.
  public var codeset: String
  /// The value of `NO_COLOR`, `nil` when unset.
  public var noColorEnvironment: String?
  /// `has_colors()`.
  public var hasColors: Bool
  /// `COLORS` after `start_color()`.
  public var colors: Int

  public init(codeset: String, noColorEnvironment: String?, hasColors: Bool, colors: Int) {
    self.codeset = codeset
    self.noColorEnvironment = noColorEnvironment
    self.hasColors = hasColors
    self.colors = colors
  }
}
