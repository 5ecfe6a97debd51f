extension ScreenRenderer {
  /// One column of the table: title, cells per row, and how readily it is dropped when narrow.
  private struct Column {
    var title: String
    /// Lower is kept longer.
    var priority: Int
    var alignRight: Bool
    var cells: [[Span]]
    var width: Int { max(title.count, cells.map { Span.width($0) }.max() ?? 0) }
  }

  /// One row per currency; columns that do not fit the width are dropped, least important first.
  mutating func drawTable(in body: Rect) {
    let selected = state.selectedIndex(in: rows)
    let page = max(1, body.height - 1)
    let first = selected / page * page
    drawTableRows(first..<min(rows.count, first + page), in: body, selected: selected)
  }

  /// A header line, then `range`'s rows; columns are sized and aligned over every row, so a strip
  /// under the panels lines up with the table it previews.
  mutating func drawTableRows(_ range: Range<Int>, in body: Rect, selected: Int?) {
    let columns = fittedColumns(width: body.width - 2)
    frame.fill(" ", x: body.x, y: body.y, width: body.width, style: theme[.header])
    var x = body.x + 1
    for column in columns {
      let start = column.alignRight ? x + column.width - column.title.count : x
      frame.write(column.title, x: start, y: body.y, style: theme[.header])
      x += column.width + 2
    }
    for (line, index) in range.prefix(max(0, body.height - 1)).enumerated() {
      let y = body.y + 1 + line
      let isSelected = index == selected
      if isSelected { frame.fill(" ", x: body.x, y: y, width: body.width, style: theme[.selected]) }
      var x = body.x + 1
      for column in columns {
        var spans = column.cells[index]
        // The selected row keeps its cells' colours (a risk level's, a loss's), reversed.
        if isSelected { spans = spans.map { Span($0.text, $0.role, emphasis: $0.emphasis.union(.selected)) } }
        let start = column.alignRight ? x + column.width - Span.width(spans) : x
        put(spans, x: start, y: y, limit: x + column.width)
        x += column.width + 2
      }
    }
  }

  private func fittedColumns(width: Int) -> [Column] {
    var all = allColumns()
    var chosen: [Column] = []
    var used = 0
    for column in all.sorted(by: { $0.priority < $1.priority }) {
      let needed = column.width + (chosen.isEmpty ? 0 : 2)
      if used + needed <= width {
        chosen.append(column)
        used += needed
      }
    }
    all.removeAll { candidate in !chosen.contains { $0.title == candidate.title } }
    return all
  }

  /// One figure's cells with their decimal points lined up.
  private func alignedCells(_ figure: Figure) -> [[Span]] {
    let values = rows.map { cell($0, figure) }
    let texts = DecimalAlignment.aligned(values.map(\.text), marker: partialMark)
    return zip(rows, zip(values, texts)).map { row, pair in
      [Span(pair.1, pair.0.role, emphasis: changeMark(row.changed.contains(figure.metric)))]
    }
  }

  private func allColumns() -> [Column] {
    var columns: [Column] = [
      Column(
        title: "ccy", priority: 0, alignRight: false,
        cells: rows.map { [Span($0.currency, $0.isStale ? .stale : .text)] + ($0.isStale ? [Span("!", .stale)] : []) })
    ]
    // The level word, so a risk row reads as one without colour; kept right after the code.
    columns.append(
      Column(
        title: "risk", priority: 1, alignRight: false,
        cells: rows.map { [Span($0.risk == .ok ? "" : $0.risk.label, $0.risk.role)] }))
    // Risk is the last to go on a narrow screen: code, level, liabilities and both meters first.
    let priorities = ["liabilities": 2, "USD value": 5, "equity": 6, "available": 7, "uPnL": 8, "frozen": 10, "interest": 11]
    for figure in Figure.amounts {
      columns.append(
        Column(
          title: figure.title, priority: priorities[figure.title] ?? 10, alignRight: true,
          cells: alignedCells(figure)))
    }
    if rows.contains(where: { $0.balance.marginRatio != nil }) {
      columns.append(
        Column(
          title: "mgn ratio", priority: 2, alignRight: true,
          cells: rows.map { [Span(formatter.ratio($0.balance.marginRatio), .text)] }))
    }
    columns.append(
      Column(title: "conv", priority: 3, alignRight: false, cells: rows.map { Array(meterSpans("", $0.balance.autoConversionRisk, words: false, malformed: $0.malformed.contains(.autoConversionRisk)).dropFirst()) }))
    columns.append(
      Column(title: "repay", priority: 4, alignRight: false, cells: rows.map { Array(meterSpans("", $0.balance.forcedRepaymentRisk, words: false, malformed: $0.malformed.contains(.forcedRepaymentRisk)).dropFirst()) }))
    columns.append(
      Column(title: "collateral", priority: 9, alignRight: false, cells: rows.map { row in collateralSpan(row.balance).map { [$0] } ?? [] }))
    return columns
  }
}
