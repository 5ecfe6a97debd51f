/// Whether the terminal's background is dark or light, so `t` skips themes made for the other.
///
/// The configuration's `background` wins; `auto` reads `COLORFGBG` ("foreground;background" as
/// colour indexes, set by rxvt, Konsole, iTerm2 and others), where background 7 or 9–15 is light
/// and 0–6 or 8 dark. Anything else is `unknown`, and then no theme is skipped.
enum TerminalBackground: String, Sendable, CaseIterable {
  case dark
  case light
  case unknown

  /// The configured value (`auto`, `dark`, `light`), or the terminal's own report.
  static func detect(configured: String, environment: [String: String]) -> TerminalBackground {
    if let chosen = TerminalBackground(rawValue: configured), chosen != .unknown { return chosen }
    guard let report = environment["COLORFGBG"], let last = report.split(separator: ";").last,
      let index = Int(last), (0...15).contains(index)
    else { return .unknown }
    return index == 7 || index >= 9 ? .light : .dark
  }

  /// True when a theme of `variant` (`dark`, `light`, or none) suits this background.
  func suits(variant: String?) -> Bool {
    guard let variant, self != .unknown else { return true }
    return variant == rawValue
  }
}
