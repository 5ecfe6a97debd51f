import Foundation

/// Readings of a captured pane.
enum ScreenText {
  /// Decimal figures on screen (`1,234.56`, `0.0318`): amounts, not ages or counters.
  static func decimals(in screen: String) -> [String] {
    matches(of: #"[0-9][0-9,]*\.[0-9]+"#, in: screen)
  }

  /// Whether the dashboard is showing: a venue's name and some figures. With the demo's four
  /// accounts the tabs are too narrow for the venue labels, so the account names
  /// (`okx-futures`, `bybit-isolated`) count too.
  static func showsDashboard(_ screen: String) -> Bool {
    let venue = ["OKX", "Bybit", "okx-", "bybit-"].contains { screen.contains($0) }
    return venue && decimals(in: screen).count >= 3
  }

  /// The status printed by the pane's shell after margintop ended.
  static func exitStatus(in screen: String) -> Int? {
    matches(of: #"EXIT=[0-9]+"#, in: screen).first.flatMap { Int($0.dropFirst(5)) }
  }

  /// Whether the pane shows the exit status and all of `stty -a`, whose last flag is `extproc`
  /// (a capture taken as soon as `EXIT=` shows may catch the stty output half written).
  static func hasExited(_ screen: String) -> Bool {
    exitStatus(in: screen) != nil && screen.contains("extproc")
  }

  /// Whether `stty -a` output shows a terminal in its normal cooked mode: canonical input and
  /// echo on, as they were before curses took the terminal.
  static func sttyIsSane(_ screen: String) -> Bool {
    let words = Set(screen.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).map(String.init))
    return words.contains("icanon") && words.contains("echo") && words.contains("isig") && words.contains("icrnl")
      && !words.contains("-icanon") && !words.contains("-echo")
  }

  /// Whether the capture (taken with escapes) sets a foreground or background colour.
  static func hasColourEscapes(_ screen: String) -> Bool {
    !matches(of: #"\x1B\[[0-9;]*(3[0-7]|4[0-7]|38;5;[0-9]+|48;5;[0-9]+|9[0-7]|10[0-7])(;[0-9;]*)?m"#, in: screen).isEmpty
  }

  /// The widest row with visible text, in columns.
  static func usedWidth(_ screen: String) -> Int {
    screen.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      var trimmed = Substring(line)
      while trimmed.last == " " { trimmed = trimmed.dropLast() }
      return trimmed.count
    }.max() ?? 0
  }

  private static func matches(of pattern: String, in text: String) -> [String] {
    guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
    let range = NSRange(text.startIndex..., in: text)
    return regex.matches(in: text, range: range).compactMap { Range($0.range, in: text).map { String(text[$0]) } }
  }
}
