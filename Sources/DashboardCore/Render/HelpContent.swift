/// The `?` overlay's lines, generated from the key table.
enum HelpContent {
  /// Width of the key column.
  static let keyWidth = 12

  /// A heading per group, then one line per binding.
  static let lines: [(keys: String, summary: String, isHeading: Bool)] = {
    var lines: [(keys: String, summary: String, isHeading: Bool)] = []
    for group in KeyMap.groups {
      lines.append((group, "", true))
      for binding in KeyMap.bindings where binding.group == group {
        lines.append((binding.label, binding.summary, false))
      }
    }
    lines.append(("Reading the screen", "", true))
    lines += legend.map { ($0.0, $0.1, false) }
    return lines
  }()

  /// What the meters, marks and words on screen mean.
  static let legend: [(String, String)] = [
    ("conv 0-5", "Auto-conversion risk (OKX colBorrAutoConversion), 5 = under way"),
    ("repay 0-5", "Forced-repayment risk (OKX twap), larger is likelier"),
    ("usage", "Margin usage: 100% is liquidation on either venue"),
    ("≥ 100%", "At or past liquidation (a ratio or equity at or below 0)"),
    ("UNKNOWN", "The venue's data cannot tell the risk; never read as ok"),
    ("none", "Nothing to liquidate: no liabilities or positions"),
    ("—", "Does not apply to this account mode (never zero)"),
    ("err", "The venue sent something that is not a number"),
    ("⁺", "Partial sum: some accounts report nothing for it"),
    ("! STALE", "No fresh data: the last good figures stay, dimmed"),
    ("↻ (120 ms)", "A refresh in flight; the last round trip"),
  ]
}

extension ScreenRenderer {
  /// The key table in a box over the body, scrollable when the screen is short.
  mutating func drawHelp(in body: Rect) {
    let width = min(body.width, 72)
    let rect = Rect(x: body.x + (body.width - width) / 2, y: body.y, width: width, height: body.height)
    frame.clear(rect)
    frame.drawBox(rect, glyphs: glyphs, style: theme[.borderFocus])
    put([Span(" Keys ", .header)], x: rect.x + 2, y: rect.y)
    let lines = HelpContent.lines
    let page = state.overlayPageHeight
    let scroll = min(state.overlayScroll, max(0, lines.count - page))
    for offset in 0..<page {
      let index = scroll + offset
      guard index < lines.count else { break }
      let y = rect.y + 1 + offset
      let line = lines[index]
      if line.isHeading {
        frame.write(line.keys, x: rect.x + 2, y: y, style: theme[.header])
      } else {
        frame.write(line.keys, x: rect.x + 3, y: y, style: theme[.keyHint], maxWidth: HelpContent.keyWidth)
        let x = rect.x + 4 + HelpContent.keyWidth
        frame.write(formatter.fit(line.summary, width: rect.x + rect.width - 2 - x), x: x, y: y, style: theme[.text])
      }
    }
    drawScrollHint(first: scroll, page: page, total: lines.count, in: rect)
  }
}
