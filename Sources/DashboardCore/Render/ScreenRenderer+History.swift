import ExchangeModel
import Foundation

extension ScreenRenderer {
  /// Margin-usage thresholds drawn across the history chart, from the risk table.
  static let historyThresholds: [(fraction: Double, label: String, level: RiskLevel)] = [
    (0.5, "50%", .watch), (0.7, "70%", .warn), (0.85, "85%", .danger), (0.95, "95%", .critical),
  ]

  /// The history view (`H`): one account's margin usage (0–100 %, thresholds as lines, past
  /// liquidation marked at the top) and equity over the chosen window, its alerts marked below
  /// the usage, a time axis, and the low, peak and last figures.
  mutating func drawHistory(in body: Rect) {
    let view = state.history
    let name = view.account.flatMap { state.accounts.indices.contains($0) ? state.accounts[$0].name : nil } ?? ""
    let dot = glyphs.separator.trimmingCharacters(in: .whitespaces)
    let windows = HistoryWindow.allCases.map(\.label).joined(separator: ", ")
    let title = " History \(dot) \(name) \(dot) \(view.window.label) (w: \(windows)) "
    frame.drawBox(body, glyphs: glyphs, style: theme[.borderFocus])
    put([Span(title, .header)], x: body.x + 2, y: body.y, limit: body.x + body.width - 1)
    let inner = Rect(x: body.x + 2, y: body.y + 1, width: body.width - 4, height: body.height - 2)
    guard inner.width > 10, inner.height > 4 else { return }

    let message: String?
    if let reason = state.historyOff {
      message = "No history: " + reason
    } else if let chart = view.chart, let problem = chart.problem {
      message = "History could not be read: " + problem
    } else if let chart = view.chart {
      message = chart.points.isEmpty ? "No history of \(name) in the last \(view.window.label): nothing recorded yet" : nil
    } else {
      message = "Loading" + String(glyphs.ellipsis)
    }
    if let message {
      let text = formatter.fit(message, width: inner.width)
      frame.write(text, x: inner.x + max(0, (inner.width - text.count) / 2), y: inner.y + inner.height / 2, style: theme[.muted])
      return
    }
    guard let chart = view.chart else { return }
    let lines = historyFigures(chart, width: inner.width)
    for (offset, line) in lines.enumerated() { put(line, x: inner.x, y: inner.y + offset, limit: inner.x + inner.width) }
    let top = inner.y + lines.count
    drawHistoryCharts(chart, in: Rect(x: inner.x, y: top, width: inner.width, height: inner.height - lines.count))
  }

  /// Low, peak and last usage and equity of the window: one line, or two when narrow.
  private func historyFigures(_ chart: HistoryChart, width: Int) -> [[Span]] {
    let points = chart.points
    let usageLow = points.compactMap(\.usageLow).min()
    let usagePeak = points.compactMap(\.usage).max()
    let usageLast = points.last?.lastUsage
    let equityLow = points.compactMap(\.equity).min()
    let equityHigh = points.compactMap(\.equityHigh).max()
    let equityLast = points.last?.lastEquity
    func usage(_ label: String, _ value: Amount?) -> [Span] {
      let role = value.map { RiskThresholds.level(usage: $0.value).role } ?? .muted
      return [Span(label, .muted), Span(formatter.percent(value), role)]
    }
    func equity(_ label: String, _ value: Amount?) -> [Span] {
      let text = formatter.format(value, unit: .usd)
      return [Span(label, .muted), Span(text.text, text.role)]
    }
    var first = [Span("usage ", .text)] + usage(" low ", usageLow) + usage(" peak ", usagePeak) + usage(" last ", usageLast)
    if points.contains(where: \.pastLiquidation) { first.append(Span(" past liquidation", RiskLevel.critical.role)) }
    let second = [Span("equity", .text)] + equity(" low ", equityLow) + equity(" high ", equityHigh) + equity(" last ", equityLast)
    let gap = [Span("   ", .text)]
    return Span.width(first + gap + second) <= width ? [first + gap + second] : [first, second]
  }

  /// The usage chart, the alert marks, the equity chart and the time axis, top to bottom.
  private mutating func drawHistoryCharts(_ chart: HistoryChart, in area: Rect) {
    let rows = area.height - 2
    var usageRows = max(2, rows - rows / 3)
    var equityRows = rows - usageRows
    if equityRows < 2 {
      usageRows = rows
      equityRows = 0
    }
    guard usageRows >= 2 else { return }
    let equities = chart.points.compactMap(\.equity)
    let equityLow = equities.min()
    let equityHigh = equities.max()
    let equityLabels = [equityHigh, equityLow].map { formatter.text($0, unit: .usd) }
    let labelWidth = max(4, equityRows > 0 ? equityLabels.map(\.count).max() ?? 0 : 0) + 1
    let chartX = area.x + labelWidth
    let width = area.width - labelWidth
    guard width >= 10 else { return }
    let carry = max(120, 2 * Double(state.refreshInterval.components.seconds))

    // Usage: 0 to 100 %, above clamped to the top and marked.
    let usagePlot = ChartPlot(glyphs: glyphs, width: width, height: usageRows)
    let columns = chart.columns(count: usagePlot.dotColumns, carry: carry)
    let usageColumns: [ChartPlot.Column?] = columns.map { point in
      guard let point, point.usage != nil || point.pastLiquidation else { return nil }
      let fraction = point.pastLiquidation ? 1 : point.usage.map { $0.value.doubleValue } ?? 1
      return ChartPlot.Column(fraction: fraction, role: point.usageLevel.role, severity: point.usageLevel.rawValue)
    }
    let guides = Self.historyThresholds.map { (fraction: $0.fraction, role: $0.level.role) }
    drawMarks(usagePlot.draw(usageColumns, guides: guides), x: chartX, y: area.y)
    // Marks over the line: past liquidation at the top, an unknown reading at the bottom.
    for (index, point) in columns.enumerated() {
      guard let point else { continue }
      let x = chartX + index / usagePlot.columnsPerCell
      if point.pastLiquidation {
        frame[x: x, y: area.y] = Cell(glyphs.pastLiquidationMark, style: style(RiskLevel.critical.role))
      } else if point.usage == nil, point.level != .none {
        frame[x: x, y: area.y + usageRows - 1] = Cell(glyphs.sparkUnknown, style: style(max(point.level, .unknown).role))
      }
    }
    var labelled: Set<Int> = []
    func label(_ text: String, row: Int, role: ThemeRole) {
      guard !labelled.contains(row) else { return }
      labelled.insert(row)
      frame.writeRight(text, right: chartX - 1, y: row, style: theme[role])
    }
    // Thresholds first: on a short chart 95 % shares the top row, and its line must be named.
    for threshold in Self.historyThresholds.reversed() {
      label(threshold.label, row: area.y + usagePlot.dotRow(threshold.fraction) / usagePlot.rowsPerCell, role: threshold.level.role)
    }
    label("100%", row: area.y, role: .muted)
    label("0%", row: area.y + usageRows - 1, role: .muted)

    // Alerts of the window, under the usage they changed.
    let marksRow = area.y + usageRows
    if width >= 1 {
      let span = Double(chart.window.seconds)
      var worst: [Int: RiskLevel] = [:]
      for alert in chart.alerts {
        let offset = alert.at.timeIntervalSince(chart.start) / span
        guard offset.isFinite, offset >= 0, offset <= 1 else { continue }
        let x = min(width - 1, Int(offset * Double(width)))
        worst[x] = max(worst[x] ?? alert.level, alert.level)
      }
      if labelWidth > 6 { frame.writeRight("alerts", right: chartX - 1, y: marksRow, style: theme[.muted]) }
      for (x, level) in worst { frame[x: chartX + x, y: marksRow] = Cell(glyphs.alertMark, style: style(level.role)) }
    }

    // Equity (each column's lowest) between the window's low and high.
    if equityRows > 0, let low = equityLow?.value.doubleValue, let high = equityHigh?.value.doubleValue {
      let top = marksRow + 1
      let plot = ChartPlot(glyphs: glyphs, width: width, height: equityRows)
      let range = high - low
      let equityColumns: [ChartPlot.Column?] = chart.columns(count: plot.dotColumns, carry: carry).map { point in
        guard let value = point?.equity?.value.doubleValue else { return nil }
        let fraction = range > 0 ? (value - low) / range : 0.5
        return ChartPlot.Column(fraction: fraction, role: .text, severity: 0)
      }
      drawMarks(plot.draw(equityColumns), x: chartX, y: top)
      let role: ThemeRole = state.privacy ? .masked : .muted
      if range > 0 {
        frame.writeRight(equityLabels[0], right: chartX - 1, y: top, style: theme[role])
        frame.writeRight(equityLabels[1], right: chartX - 1, y: top + equityRows - 1, style: theme[role])
      } else {
        // One figure throughout (or one span so far): one label, beside the line it names.
        let row = top + plot.dotRow(0.5) / plot.rowsPerCell
        frame.writeRight(equityLabels[1], right: chartX - 1, y: row, style: theme[role])
      }
    }
    drawTimeAxis(chart.window, x: chartX, y: area.y + area.height - 1, width: width)
  }

  private mutating func drawMarks(_ marks: [[ChartPlot.Mark?]], x: Int, y: Int) {
    for (row, line) in marks.enumerated() {
      for (column, mark) in line.enumerated() {
        guard let mark else { continue }
        // Solid: a theme that draws a level in reverse video would paint the dots as blocks.
        frame[x: x + column, y: y + row] = Cell(mark.character, style: style(mark.role, .solid))
      }
    }
  }

  /// `-24h … now` under the chart, at the quarters of the window, where they do not overlap.
  private mutating func drawTimeAxis(_ window: HistoryWindow, x: Int, y: Int, width: Int) {
    var end = x - 1
    for quarter in 0...4 {
      let seconds = window.seconds * (4 - quarter) / 4
      let text = seconds == 0 ? "now" : "-" + Self.axisText(seconds)
      let anchor = x + (width - 1) * quarter / 4
      let start = quarter == 0 ? anchor : quarter == 4 ? anchor - text.count + 1 : anchor - text.count / 2
      guard start > end + 1 || quarter == 0 else { continue }
      frame.write(text, x: start, y: y, style: theme[.muted])
      end = start + text.count - 1
    }
  }

  /// `15m`, `6h`, `1d`, `5d6h`: a time back from now for the axis.
  static func axisText(_ seconds: Int) -> String {
    if seconds % 86_400 == 0 { return "\(seconds / 86_400)d" }
    if seconds >= 86_400 { return "\(seconds / 86_400)d\(seconds % 86_400 / 3600)h" }
    if seconds % 3600 == 0 { return "\(seconds / 3600)h" }
    return "\(seconds / 60)m"
  }
}
