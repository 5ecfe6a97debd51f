import ExchangeModel

/// One line of the detail view: a label and its text in a role.
struct DetailLine: Sendable, Hashable {
  var key: String
  var text: String
  var role: ThemeRole
}

extension DashboardState {
  /// The raw fields of the selected currency, sorted by key, for the detail view.
  public var detailFields: [(key: String, value: RawField)] { detailFields(in: rows) }

  /// What the detail view explains before the raw fields: the risk of the row's accounts and of
  /// the currency with their reasons, fields that could not be read, and on "All" which
  /// accounts a partial sum is missing.
  func detailNotes(for row: CurrencyRow?) -> [DetailLine] {
    var lines: [DetailLine] = []
    let indices = row?.accounts ?? tabAccounts
    for index in indices {
      guard let risk = risk(of: index) else { continue }
      let name = accounts[index].name
      lines.append(DetailLine(key: name + " risk", text: risk.level.label, role: risk.level.role))
      for reason in risk.reasons where !(row.map { reason.hasPrefix($0.currency + " ") } ?? false) {
        lines.append(DetailLine(key: "", text: reason, role: .text))
      }
      for problem in statuses[index].snapshot?.problems ?? [] where !problem.field.contains(".") {
        lines.append(DetailLine(key: name + " unreadable", text: problem.summary, role: .error))
      }
    }
    guard let row else { return lines }
    if row.risk.isAboveOK || !row.reasons.isEmpty {
      lines.append(DetailLine(key: row.currency + " risk", text: row.risk.label, role: row.risk.role))
      lines += row.reasons.map { DetailLine(key: "", text: $0, role: .text) }
    }
    for index in row.accounts {
      for problem in statuses[index].snapshot?.problems ?? [] where problem.field.hasPrefix(row.currency + ".") {
        let prefix = row.accounts.count > 1 ? accounts[index].name + " " : ""
        lines.append(DetailLine(key: "unreadable", text: prefix + problem.summary, role: .error))
      }
    }
    for figure in Figure.amounts {
      guard let absent = row.partial[figure.metric] else { continue }
      let names = absent.map { accounts[$0].name }.joined(separator: ", ")
      lines.append(DetailLine(key: "partial " + figure.label, text: "no figure from " + names, role: .stale))
    }
    return lines
  }

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
    case .none, .history: return 0
    case .detail:
      let rows = rows
      return detailNotes(for: rows.isEmpty ? nil : rows[selectedIndex(in: rows)]).count + detailFields(in: rows).count
    case .help: return HelpContent.lines.count
    // The alert log's column header is a line too: the page holds one entry fewer.
    case .alerts: return alerts.count + 1
    }
  }
}

extension ScreenRenderer {
  /// The selected currency's risk and problems, then every field the venue sent for it, sorted
  /// by key, scrollable.
  mutating func drawDetail(in body: Rect) {
    let fields = state.detailFields(in: rows)
    let row = rows.isEmpty ? nil : rows[state.selectedIndex(in: rows)]
    let source = row.map { $0.accounts.map { state.accounts[$0].name }.joined(separator: ", ") } ?? ""
    var title = " " + (row?.currency ?? "") + " " + glyphs.separator.trimmingCharacters(in: .whitespaces) + " " + source
    title += " " + glyphs.separator.trimmingCharacters(in: .whitespaces) + " \(fields.count) fields as sent "
    frame.drawBox(body, glyphs: glyphs, style: theme[.borderFocus])
    put([Span(title, .header)], x: body.x + 2, y: body.y, limit: body.x + body.width - 1)

    var lines = state.detailNotes(for: row)
    lines += fields.map { field in
      let text = formatter.raw(field.value)
      return DetailLine(key: field.key, text: text, role: state.privacy && text == glyphs.mask ? .masked : .text)
    }
    let page = state.overlayPageHeight
    let scroll = min(state.overlayScroll, max(0, lines.count - page))
    let keyWidth = min(max(12, fields.map(\.key.count).max() ?? 0), body.width / 2)
    for line in 0..<page {
      let index = scroll + line
      guard index < lines.count else { break }
      let y = body.y + 1 + line
      let x = body.x + 2
      frame.write(lines[index].key, x: x, y: y, style: theme[.muted], maxWidth: keyWidth)
      let value = formatter.fit(lines[index].text, width: body.width - keyWidth - 6)
      frame.write(value, x: x + keyWidth + 2, y: y, style: theme[lines[index].role])
    }
    drawScrollHint(first: scroll, page: page, total: lines.count, in: body)
  }

  /// "12-28 of 46" on the bottom border when the content scrolls.
  mutating func drawScrollHint(first: Int, page: Int, total: Int, in rect: Rect) {
    guard total > page else { return }
    let hint = " \(first + 1)-\(min(total, first + page)) of \(total) "
    frame.writeRight(hint, right: rect.x + rect.width - 2, y: rect.y + rect.height - 1, style: theme[.muted])
  }
}
