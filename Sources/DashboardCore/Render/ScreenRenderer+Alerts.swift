import Alerting
import ExchangeModel

extension ScreenRenderer {
  /// The newest unacknowledged alert under the header: a reverse-video `ALERT` badge and the
  /// change in the level's colour (reverse, not blink, marks it as unacknowledged), how many
  /// others wait, and the keys that deal with them.
  mutating func drawAlertLine(y: Int) {
    guard let alert = state.newestUnacknowledgedAlert else { return }
    var badge = theme[alert.level.role]
    badge.attributes.insert(.reverse)
    badge.attributes.insert(.bold)
    var x = frame.write(" ALERT ", x: 0, y: y, style: badge)
    let others = state.unacknowledgedAlertCount - 1
    var right: [Span] = others > 0 ? [Span("+\(others) more  ", .muted)] : []
    // The key hints give way first on a narrow screen, then the count.
    let hints = [Span("a", .keyHint), Span(" log  ", .muted), Span("A", .keyHint), Span(" acknowledge ", .muted)]
    if frame.width >= 100 { right += hints }
    let rightX = frame.width - Span.width(right)
    let time = " " + Alert.clock(alert.at, timeZone: state.settings.timeZone) + " "
    x = put([Span(time, .muted)], x: x, y: y, limit: rightX)
    let summary = alert.summary(formatter: formatter, arrow: glyphs.arrow)
    let room = rightX - x - 1
    if room > 0 {
      frame.write(formatter.fit(summary, width: room), x: x, y: y, style: style(alert.level.role))
    }
    if rightX > x { put(right, x: rightX, y: y) }
  }

  /// The session's alerts, newest first, in a box over the body: time, account, subject,
  /// currency, old → new level, figure and threshold, and whether each is acknowledged.
  mutating func drawAlertLog(in body: Rect) {
    frame.drawBox(body, glyphs: glyphs, style: theme[.borderFocus])
    let waiting = state.unacknowledgedAlertCount
    let dot = glyphs.separator.trimmingCharacters(in: .whitespaces)
    var title = " Alerts " + dot + " \(state.alerts.count) this session"
    if waiting > 0 { title += " " + dot + " \(waiting) new (A acknowledges)" }
    put([Span(title + " ", .header)], x: body.x + 2, y: body.y, limit: body.x + body.width - 1)
    let left = body.x + 2
    let right = body.x + body.width - 2
    guard !state.alerts.isEmpty else {
      frame.write(formatter.fit("No alerts this session.", width: right - left), x: left, y: body.y + 1, style: theme[.muted])
      return
    }
    let entries = Array(state.alerts.reversed())
    let columns = AlertLogColumns(entries: entries, width: right - left, glyphs: glyphs)
    columns.header.enumerated().forEach { index, label in
      frame.write(label, x: left + columns.offsets[index], y: body.y + 1, style: theme[.muted], maxWidth: columns.widths[index])
    }
    // One line is the column header: the page holds one entry fewer than the overlay's page.
    let page = max(1, state.overlayPageHeight - 1)
    let scroll = min(state.overlayScroll, max(0, entries.count - page))
    for line in 0..<page {
      let index = scroll + line
      guard index < entries.count else { break }
      drawAlertRow(entries[index], columns: columns, x: left, y: body.y + 2 + line, right: right)
    }
    drawScrollHint(first: scroll, page: page, total: entries.count, in: body)
  }

  private mutating func drawAlertRow(_ entry: AlertEntry, columns: AlertLogColumns, x: Int, y: Int, right: Int) {
    let alert = entry.alert
    let levelRole: ThemeRole = entry.acknowledged ? .muted : alert.level.role
    var mark = theme[alert.level.role]
    if !entry.acknowledged { mark.attributes.insert(.reverse) }
    // An alert without a figure (margin usage past liquidation, a refused key) reads `—`, as
    // every missing figure does, rather than an empty cell.
    let reading = formatter.alertReading(alert)
    let cells: [(String, CellStyle)] = [
      (entry.acknowledged ? AlertLogColumns.acknowledged(glyphs) : "!", entry.acknowledged ? theme[.muted] : mark),
      (Alert.clock(alert.at, timeZone: state.settings.timeZone), theme[.muted]),
      (TerminalText.escaped(alert.account), theme[.text]),
      (alert.subject.label, theme[.text]),
      (alert.currency.map { TerminalText.escaped($0) } ?? glyphs.notApplicable, theme[alert.currency == nil ? .muted : .text]),
      (alert.levelChange(arrow: glyphs.arrow), style(levelRole)),
      (reading.isEmpty ? glyphs.notApplicable : reading, theme[.text]),
    ]
    for (index, cell) in cells.enumerated() {
      let start = x + columns.offsets[index]
      let width = min(columns.widths[index], right - start)
      guard width > 0 else { break }
      frame.write(formatter.fit(cell.0, width: width), x: start, y: y, style: cell.1)
    }
  }
}
