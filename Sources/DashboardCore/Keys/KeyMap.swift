/// The one key table: it drives input handling, the `?` overlay and the README's key list.
public enum KeyMap {
  /// Every binding, in the order help shows them.
  public static let bindings: [KeyBinding] = [
    KeyBinding(group: "Move", keys: [.up, .character("k")], label: "Up, k", action: .moveUp, summary: "Select the currency above"),
    KeyBinding(group: "Move", keys: [.down, .character("j")], label: "Down, j", action: .moveDown, summary: "Select the currency below"),
    KeyBinding(group: "Move", keys: [.left, .character("h")], label: "Left, h", action: .moveLeft, summary: "Select the previous currency"),
    KeyBinding(group: "Move", keys: [.right, .character("l")], label: "Right, l", action: .moveRight, summary: "Select the next currency"),
    KeyBinding(group: "Move", keys: [.pageUp], label: "PgUp", action: .pageUp, summary: "One page up"),
    KeyBinding(group: "Move", keys: [.pageDown], label: "PgDn", action: .pageDown, summary: "One page down"),
    KeyBinding(group: "Move", keys: [.home, .character("g")], label: "Home, g", action: .first, summary: "First currency"),
    KeyBinding(group: "Move", keys: [.end, .character("G")], label: "End, G", action: .last, summary: "Last currency"),
    KeyBinding(group: "Accounts", keys: [.tab], label: "Tab", action: .nextAccount, summary: "Next account tab"),
    KeyBinding(group: "Accounts", keys: [.backTab], label: "Shift-Tab", action: .previousAccount, summary: "Previous account tab"),
    KeyBinding(
      group: "Accounts", keys: (1...9).compactMap { Character("\($0)") }.map { .character($0) }, label: "1-9",
      action: .selectAccount, summary: "Account 1 to 9"),
    KeyBinding(group: "Accounts", keys: [.character("0")], label: "0", action: .selectAll, summary: "All accounts (the first tab)"),
    KeyBinding(group: "View", keys: [.enter], label: "Enter", action: .openDetail, summary: "Every field the venue sent for the currency"),
    KeyBinding(group: "View", keys: [.escape], label: "Esc", action: .back, summary: "Back: close help or detail, clear filter"),
    KeyBinding(group: "View", keys: [.character("v")], label: "v", action: .toggleView, summary: "Panels or table"),
    KeyBinding(group: "View", keys: [.character("/")], label: "/", action: .startFilter, summary: "Filter currencies (Enter keeps, Esc clears)"),
    KeyBinding(
      group: "View", keys: [.character("H")], label: "H", action: .history,
      summary: "History chart of the account (All: most urgent)"),
    KeyBinding(group: "View", keys: [.character("w")], label: "w", action: .historyWindow, summary: "History window: 1 h, 24 h, 7 d, 30 d"),
    KeyBinding(group: "View", keys: [.character("s")], label: "s", action: .sortNext, summary: "Sort: risk, USD value, equity, liabilities, name"),
    KeyBinding(group: "View", keys: [.character("S")], label: "S", action: .sortPrevious, summary: "Sort by the previous column"),
    KeyBinding(group: "View", keys: [.character("r")], label: "r", action: .sortReverse, summary: "Reverse the sort"),
    KeyBinding(group: "Refresh", keys: [.character("p")], label: "p", action: .togglePause, summary: "Pause or resume refreshing"),
    KeyBinding(group: "Refresh", keys: [.control("r"), .function(5)], label: "Ctrl-R, F5", action: .refreshNow, summary: "Refresh now"),
    KeyBinding(group: "Refresh", keys: [.character("+"), .character("=")], label: "+", action: .intervalUp, summary: "Longer refresh interval"),
    KeyBinding(group: "Refresh", keys: [.character("-")], label: "-", action: .intervalDown, summary: "Shorter interval (not below the venue limit)"),
    KeyBinding(group: "Display", keys: [.character(".")], label: ".", action: .togglePrivacy, summary: "Privacy: mask every amount"),
    KeyBinding(
      group: "Display", keys: [.character("x")], label: "x", action: .toggleExact,
      summary: "Exact venue figures, or rounded for reading"),
    KeyBinding(group: "Display", keys: [.character("t")], label: "t", action: .nextTheme, summary: "Next theme"),
    KeyBinding(group: "Display", keys: [.character("a")], label: "a", action: .alertLog, summary: "Alert log"),
    KeyBinding(group: "Display", keys: [.character("A")], label: "A", action: .acknowledgeAlerts, summary: "Acknowledge alerts"),
    KeyBinding(group: "Display", keys: [.character("?"), .function(1)], label: "?, F1", action: .help, summary: "This help"),
    KeyBinding(group: "Display", keys: [.character("q")], label: "q", action: .quit, summary: "Quit (closes help or detail first)"),
    KeyBinding(group: "Display", keys: [.control("c")], label: "Ctrl-C", action: .forceQuit, summary: "Quit"),
  ]

  private static let lookup: [KeyPress: KeyAction] = {
    var table: [KeyPress: KeyAction] = [:]
    for binding in bindings {
      for key in binding.keys where table[key] == nil { table[key] = binding.action }
    }
    return table
  }()

  /// The action bound to `key`, if any.
  public static func action(for key: KeyPress) -> KeyAction? {
    lookup[key]
  }

  /// The groups in table order.
  public static var groups: [String] {
    var seen: [String] = []
    for binding in bindings where !seen.contains(binding.group) { seen.append(binding.group) }
    return seen
  }

  /// The key table as Markdown: the README's "Keys" section (a test keeps them equal).
  public static func markdownTable() -> String {
    var out = "# Keys\n\n"
    out += "Generated from `KeyMap.bindings` (the same table drives input and the `?` overlay).\n"
    for group in groups {
      out += "\n## \(group)\n\n| Keys | Action |\n| --- | --- |\n"
      for binding in bindings where binding.group == group {
        let keys = binding.label.components(separatedBy: ", ").map { "`\($0)`" }.joined(separator: ", ")
        out += "| \(keys) | \(binding.summary) |\n"
      }
    }
    out += "\nWhile the filter is being typed (after `/`), printable keys go to the filter, Backspace "
    out += "deletes, Enter keeps the filter and Esc clears it; Ctrl-C still quits.\n"
    return out
  }
}
