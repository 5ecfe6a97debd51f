extension ResolvedTheme {
  /// A built-in theme that needs no file: ANSI colours on the terminal's own background, or
  /// attributes only in monochrome. Used when no theme file can be loaded.
  public static func fallback(depth: ColorDepth) -> ResolvedTheme {
    func c(_ ansi: UInt8, _ attributes: TextAttributes = []) -> CellStyle {
      depth == .monochrome ? CellStyle(attributes: attributes) : CellStyle(foreground: .ansi(ansi), attributes: attributes)
    }
    let styles: [ThemeRole: CellStyle] = [
      .text: .plain,
      .muted: CellStyle(attributes: .dim),
      .border: CellStyle(attributes: .dim),
      .borderFocus: c(6, .bold),
      .header: CellStyle(attributes: [.bold, .reverse]),
      .selected: CellStyle(attributes: .reverse),
      .keyHint: c(6, .bold),
      .stale: c(3, depth == .monochrome ? [.dim, .underline] : .dim),
      .error: c(1, .bold),
      .positive: c(2),
      .negative: c(1),
      .zero: CellStyle(attributes: .dim),
      .masked: CellStyle(attributes: .dim),
      .changed: CellStyle(attributes: .bold),
      .riskOK: c(2),
      .riskWatch: c(6),
      .riskWarn: c(3, depth == .monochrome ? .underline : []),
      .riskDanger: c(1, .bold),
      .riskCritical: c(1, [.bold, .reverse]),
      .okx: .plain,
      .bybit: c(3),
    ]
    return ResolvedTheme(name: "default", depth: depth, styles: styles)
  }
}
