/// Box-drawing and meter glyphs: Unicode, or ASCII for terminals and locales without UTF-8.
public enum GlyphSet: Sendable, Hashable {
  case unicode
  case ascii
}
