extension ScreenRenderer {
  /// Key hints on the left, always starting with `? help  q quit`; sort, filter and position at
  /// the right when there is room. While the filter is typed the line is the filter prompt.
  mutating func drawFooter() {
    let y = layout.footerRow
    if state.isEditingFilter {
      put(
        [Span(" filter: ", .keyHint), Span(state.filter, .text), Span("_", .keyHint), Span("  Enter keep  Esc clear", .muted)],
        x: 0, y: y)
      return
    }
    var hints: [(String, String)] = [("?", "help"), ("q", state.overlay == .none ? "quit" : "close")]
    switch state.overlay {
    case .detail, .help:
      hints += [("Esc", "back"), ("j/k", "scroll")]
    case .alerts:
      hints += [("Esc", "back"), ("j/k", "scroll"), ("A", "acknowledge all")]
    case .history:
      hints += [("Esc", "back"), ("w", "window"), ("Tab", "account"), (".", "privacy")]
    case .none:
      hints += [
        ("Enter", "detail"), ("v", state.viewMode == .panels ? "table" : "panels"), ("/", "filter"), ("s", "sort"),
        ("p", state.paused ? "resume" : "pause"), (".", "privacy"), ("Tab", "account"),
      ]
    }
    var status: [Span] = []
    if !state.filter.isEmpty { status.append(Span("filter \"" + state.filter + "\"  ", .keyHint)) }
    let arrow = state.sort.descendingByDefault != state.sortReversed ? glyphs.descending : glyphs.ascending
    status.append(Span("sort " + state.sort.label + " " + String(arrow), .muted))
    if !rows.isEmpty { status.append(Span("  " + "\(state.selectedIndex(in: rows) + 1)/\(rows.count)", .muted)) }
    status.append(Span(" ", .text))

    var x = 1
    var end = frame.width - Span.width(status) - 2
    // The status gives way before the first two hints do.
    if end < 16 {
      status = []
      end = frame.width
    }
    for (index, hint) in hints.enumerated() {
      let width = hint.0.count + 1 + hint.1.count
      guard x + width <= end || index < 2 else { break }
      x = put([Span(hint.0, .keyHint), Span(" " + hint.1, .muted)], x: x, y: y, limit: frame.width)
      x += 2
    }
    put(status, x: frame.width - Span.width(status), y: y)
  }

  /// Current and needed size, instead of a garbled layout.
  mutating func drawTooSmall() {
    let needed = ScreenLayout.minimumSize
    let lines: [[Span]] = [
      [Span("Terminal too small", .error)],
      [Span("current ", .muted), Span("\(frame.width)x\(frame.height)", .riskDanger)],
      [Span("needed  ", .muted), Span("\(needed.width)x\(needed.height)", .riskOK)],
      [Span("q", .keyHint), Span(" quit", .muted)],
    ]
    let top = max(0, (frame.height - lines.count) / 2)
    for (offset, line) in lines.enumerated() {
      put(line, x: max(0, (frame.width - Span.width(line)) / 2), y: top + offset)
    }
  }
}
