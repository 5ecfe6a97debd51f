import DashboardCore

/// A one-line specimen of a theme — text, values, the five risk levels and the venue accents —
/// as shown by `margintop themes`.
public enum ThemeSample {
  /// The sample's pieces and the role each is drawn in.
  public static let segments: [(role: ThemeRole, text: String)] = [
    (.header, " BTC "), (.text, " equity "), (.positive, "+1,234.50"), (.text, " "), (.negative, "-56.78"),
    (.text, " "), (.zero, "0.00"), (.text, " "), (.masked, "•••••"), (.muted, "  risk "),
    (.riskOK, "ok"), (.text, " "), (.riskWatch, "watch"), (.text, " "), (.riskWarn, "warn"), (.text, " "),
    (.riskDanger, "danger"), (.text, " "), (.riskCritical, "CRITICAL"), (.text, "  "),
    (.okx, "OKX"), (.text, " "), (.bybit, "Bybit"), (.text, "  "), (.keyHint, "t"), (.muted, " theme"),
    (.text, "  "), (.stale, "stale 12s"), (.text, " "), (.error, "error"),
  ]

  /// The sample as plain text.
  public static var plain: String {
    segments.map(\.text).joined()
  }

  /// The sample with SGR escapes for `theme`, ending in a reset.
  public static func ansi(_ theme: ResolvedTheme) -> String {
    segments.map { theme[$0.role].sgr + $0.text }.joined() + CellStyle.sgrReset
  }
}
