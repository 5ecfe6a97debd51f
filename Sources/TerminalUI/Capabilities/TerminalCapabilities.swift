import TerminalModel

/// What the terminal can show, decided once at start-up from the locale, the environment and
/// terminfo; everything drawn afterwards follows it.
public struct TerminalCapabilities: Sendable, Hashable {
  /// Unicode box drawing and meters, or their ASCII fallback.
  public var glyphs: GlyphSet
  /// How many colours themes may use.
  public var colorDepth: ColorDepth

  public init(glyphs: GlyphSet, colorDepth: ColorDepth) {
    self.glyphs = glyphs
    self.colorDepth = colorDepth
  }

  /// The capability ladder: `--ascii` or a locale that is not UTF-8 gives ASCII glyphs;
  /// `--no-color`, a non-empty `NO_COLOR` or a terminal without colours gives monochrome;
  /// otherwise 256, 16 or 8 colours by what terminfo says (`COLORS`).
  public static func decide(_ probe: CapabilityProbe, forceASCII: Bool, noColor: Bool) -> TerminalCapabilities {
    let utf8 = isUTF8(codeset: probe.codeset)
    let glyphs: GlyphSet = (forceASCII || !utf8) ? .ascii : .unicode
    // no-color.org: the variable counts when it is present and not empty.
    let noColorRequested = noColor || !(probe.noColorEnvironment ?? "").isEmpty
    let depth: ColorDepth
    if noColorRequested || !probe.hasColors || probe.colors < 8 {
      depth = .monochrome
    } else if probe.colors >= 256 {
      depth = .indexed256
    } else if probe.colors >= 16 {
      depth = .ansi16
    } else {
      depth = .ansi8
    }
    return TerminalCapabilities(glyphs: glyphs, colorDepth: depth)
  }

  /// Whether `codeset` (from `nl_langinfo(CODESET)`) names UTF-8, however it is spelled.
  public static func isUTF8(codeset: String) -> Bool {
    let normalized = codeset.lowercased().filter { $0 != "-" && $0 != "_" }
    return normalized == "utf8"
  }
}
