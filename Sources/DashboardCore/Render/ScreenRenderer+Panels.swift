extension ScreenRenderer {
  /// One bordered panel per currency, as many columns as fit, paged so the selection is visible.
  mutating func drawPanels(in body: Rect) {
    let grid = state.panelGrid(for: rows)
    let selected = state.selectedIndex(in: rows)
    let first = selected / grid.perPage * grid.perPage
    for slot in 0..<grid.perPage {
      let index = first + slot
      guard index < rows.count else { break }
      let column = slot % grid.columns
      let row = slot / grid.columns
      // The last column takes the cells left over by the division.
      let width = column == grid.columns - 1 ? body.width - column * grid.panelWidth : grid.panelWidth
      let rect = Rect(x: body.x + column * grid.panelWidth, y: body.y + row * grid.panelHeight, width: width, height: grid.panelHeight)
      drawPanel(rows[index], in: rect, selected: index == selected, showsMarginRatio: grid.panelHeight > PanelGrid.baseHeight)
    }
    // The rows under the last full row of panels preview the next currencies as a table, so the
    // body uses the whole screen instead of leaving a band too short for a panel empty.
    let panelsHeight = grid.visibleRows * grid.panelHeight
    let strip = Rect(x: body.x, y: body.y + panelsHeight, width: body.width, height: body.height - panelsHeight)
    let next = min(rows.count, first + grid.perPage)..<rows.count
    if strip.height >= 2, !next.isEmpty { drawTableRows(next, in: strip, selected: nil) }
  }

  private mutating func drawPanel(_ row: CurrencyRow, in rect: Rect, selected: Bool, showsMarginRatio: Bool) {
    let borderRole: ThemeRole = selected ? .borderFocus : (row.isStale ? .stale : .border)
    frame.drawBox(rect, glyphs: glyphs, style: theme[borderRole])
    let right = rect.x + rect.width - 1
    // Title: the currency, then STALE and the collateral status at the right.
    put([Span(" " + row.currency + " ", selected ? .selected : .header)], x: rect.x + 2, y: rect.y, limit: right)
    var tags: [Span] = []
    if row.isStale { tags.append(Span(" STALE ", .stale)) }
    if let collateral = collateralSpan(row.balance) { tags.append(Span(" " + collateral.text + " ", collateral.role)) }
    put(tags, x: right - 1 - Span.width(tags), y: rect.y, limit: right)

    let labelWidth = 12
    let valueWidth = rect.width - 4 - labelWidth
    var y = rect.y + 1
    for figure in Figure.amounts {
      let value = cell(row, figure)
      drawPanelLine(
        figure.label, text: value.text, style: style(value.role, changeMark(row.changed.contains(figure.metric))), x: rect.x + 2,
        y: y, labelWidth: labelWidth, valueWidth: valueWidth)
      y += 1
    }
    if showsMarginRatio {
      drawPanelLine(
        "margin ratio", text: formatter.ratio(row.balance.marginRatio), style: style(.text, changeMark(row.changed.contains(.marginRatio))),
        x: rect.x + 2, y: y, labelWidth: labelWidth, valueWidth: valueWidth)
    }
    drawRiskBorder(row, in: rect)
  }

  private mutating func drawPanelLine(_ label: String, text: String, style: CellStyle, x: Int, y: Int, labelWidth: Int, valueWidth: Int) {
    frame.write(label, x: x, y: y, style: theme[.muted], maxWidth: labelWidth)
    frame.writeRight(formatter.fit(text, width: valueWidth), right: x + labelWidth + valueWidth, y: y, style: style)
  }

  /// The auto-conversion and forced-repayment meters sit in the bottom border.
  private mutating func drawRiskBorder(_ row: CurrencyRow, in rect: Rect) {
    let y = rect.y + rect.height - 1
    let limit = rect.x + rect.width - 1
    let room = rect.width - 4
    for words in [true, false] {
      let conversion = meterSpans(
        "conv", row.balance.autoConversionRisk, words: words, malformed: row.malformed.contains(.autoConversionRisk))
      let repayment = meterSpans(
        "repay", row.balance.forcedRepaymentRisk, words: words, malformed: row.malformed.contains(.forcedRepaymentRisk))
      let width = Span.width(conversion) + Span.width(repayment) + 4
      guard width <= room || !words else { continue }
      var x = put([Span(" ", .text)] + conversion + [Span(" ", .text)], x: rect.x + 1, y: y, limit: limit)
      x += 1
      put([Span(" ", .text)] + repayment + [Span(" ", .text)], x: x, y: y, limit: limit)
      return
    }
  }
}
