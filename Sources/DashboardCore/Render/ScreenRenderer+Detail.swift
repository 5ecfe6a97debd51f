import ExchangeModel

extension DashboardState {
  /// The raw fields of the selected currency, sorted by key, for the detail view.
  public var detailFields: [(key: String, value: RawField)] { detailFields(in: rows) }

  /// The raw fields of the selected currency among `rows` (the rows a frame already computed).
  func detailFields(in rows: [CurrencyRow]) -> [(key: String, value: RawField)] {
    guard !rows.isEmpty else { return [] }
    let row = rows[selectedIndex(in: rows)]
    let fields: RawFields
    if tabAccounts.count > 1 {
      // Merged rows carry no raw fields (see `CurrencyMerger`): gather them for this one row.
      fields = CurrencyMerger.fields(
        row.accounts.compactMap { index in
          guard statuses.indices.contains(index),
            let balance = statuses[index].snapshot?.currencies.first(where: { $0.currency == row.currency })
          else { return nil }
          return (accounts[index].name, balance)
        })
    } else {
      fields = row.balance.fields
    }
    return fields.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
  }

  /// Lines the open overlay has, for scrolling.
  public var overlayLineCount: Int {
    switch overlay {
    case .none: return 0
    case .detail: return detailFields.count
    case .help: return HelpContent.lines.count
    }
  }
}

extension ScreenRenderer {
  /// Every field the venue sent for the selected currency, sorted by key, scrollable.
  mutating func drawDetail(in body: Rect) {
    let fields = state.detailFields(in: rows)
    let row = rows.isEmpty ? nil : rows[state.selectedIndex(in: rows)]
    let source = row.map { $0.accounts.map { state.accounts[$0].name }.joined(separator: ", ") } ?? ""
    var title = " " + (row?.currency ?? "") + " " + glyphs.separator.trimmingCharacters(in: .whitespaces) + " " + source
    title += " " + glyphs.separator.trimmingCharacters(in: .whitespaces) + " \(fields.count) fields as sent "
    frame.drawBox(body, glyphs: glyphs, style: theme[.borderFocus])
    put([Span(title, .header)], x: body.x + 2, y: body.y, limit: body.x + body.width - 1)

    let page = state.overlayPageHeight
    let scroll = min(state.overlayScroll, max(0, fields.count - page))
    let keyWidth = min(max(12, fields.map(\.key.count).max() ?? 0), body.width / 2)
    for line in 0..<page {
      let index = scroll + line
      guard index < fields.count else { break }
      let y = body.y + 1 + line
      let x = body.x + 2
      frame.write(fields[index].key, x: x, y: y, style: theme[.muted], maxWidth: keyWidth)
      let text = formatter.raw(fields[index].value)
      let value = formatter.fit(text, width: body.width - keyWidth - 6)
      let isAmount = state.privacy && text == glyphs.mask
      frame.write(value, x: x + keyWidth + 2, y: y, style: theme[isAmount ? .masked : .text])
    }
    drawScrollHint(first: scroll, page: page, total: fields.count, in: body)
  }

  /// "12-28 of 46" on the bottom border when the content scrolls.
  mutating func drawScrollHint(first: Int, page: Int, total: Int, in rect: Rect) {
    guard total > page else { return }
    let hint = " \(first + 1)-\(min(total, first + page)) of \(total) "
    frame.writeRight(hint, right: rect.x + rect.width - 2, y: rect.y + rect.height - 1, style: theme[.muted])
  }
}
