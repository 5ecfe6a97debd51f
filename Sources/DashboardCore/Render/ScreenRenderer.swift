import ExchangeModel
import Foundation

/// Draws one frame of the dashboard; `Dashboard.render` is its only caller.
struct ScreenRenderer {
  let state: DashboardState
  let theme: ResolvedTheme
  let glyphs: GlyphSet
  let formatter: AmountFormatter
  let layout: ScreenLayout
  let rows: [CurrencyRow]
  var frame: Frame

  init(state: DashboardState, size: TerminalSize, theme: ResolvedTheme, glyphs: GlyphSet) {
    self.state = state
    self.theme = theme
    self.glyphs = glyphs
    self.formatter = AmountFormatter(privacy: state.privacy, glyphs: glyphs, exact: state.exact)
    self.layout = ScreenLayout(size: size, alertLine: state.showsAlertLine)
    self.rows = state.rows
    self.frame = Frame(width: size.width, height: size.height)
  }

  mutating func render() -> Frame {
    if layout.isTooSmall {
      drawTooSmall()
      return frame
    }
    drawHeader()
    if layout.alertLine { drawAlertLine(y: layout.alertRow) }
    let body = layout.body
    switch state.overlay {
    case .detail:
      drawDetail(in: body)
    case .alerts:
      drawAlertLog(in: body)
    case .history:
      drawHistory(in: body)
    case .help, .none:
      if rows.isEmpty {
        drawEmptyBody(in: body)
      } else if state.effectiveViewMode(for: rows) == .panels {
        drawPanels(in: body)
      } else {
        drawTable(in: body)
      }
      if state.overlay == .help { drawHelp(in: body) }
    }
    drawFooter()
    return frame
  }

  /// Writes spans from column `x` on row `y`, clipped at column `limit`; returns the next column.
  @discardableResult
  mutating func put(_ spans: [Span], x: Int, y: Int, limit: Int? = nil) -> Int {
    var column = x
    let end = limit ?? frame.width
    for span in spans {
      guard column < end else { break }
      column += frame.write(span.text, x: column, y: y, style: style(span.role, span.emphasis), maxWidth: end - column)
    }
    return column
  }

  /// The style of `role` with `emphasis` laid over it. A change adds the `value.changed`
  /// attributes and an underline, a selection the `ui.selected` attributes (reverse by default),
  /// so a risk or loss colour is never replaced. No change is marked in privacy mode, where a
  /// mark would tell that an amount moved.
  func style(_ role: ThemeRole, _ emphasis: Span.Emphasis = []) -> CellStyle {
    var style = theme[role]
    if emphasis.contains(.changed) && !state.privacy {
      style.attributes.formUnion(theme[.changed].attributes)
      style.attributes.insert(.underline)
    }
    if emphasis.contains(.selected) {
      style.attributes.formUnion(theme[.selected].attributes)
    }
    if emphasis.contains(.solid) { style.attributes.remove(.reverse) }
    return style
  }

  /// `.changed` when `changed`, for a span's emphasis.
  func changeMark(_ changed: Bool) -> Span.Emphasis { changed ? .changed : [] }

  /// The message shown where the currencies would be when there are none to show.
  mutating func drawEmptyBody(in body: Rect) {
    let message: String
    if !state.filter.isEmpty {
      message = "No currency matches \"\(state.filter)\" (Esc clears the filter)"
    } else if let reason = firstStaleReason() {
      message = "No data yet: " + reason
    } else {
      message = "Waiting for the first snapshot" + String(glyphs.ellipsis)
    }
    let text = formatter.fit(message, width: body.width - 2)
    frame.write(text, x: max(1, (body.width - text.count) / 2), y: body.y + body.height / 2, style: theme[.muted])
  }

  /// Why the first stale account of the tab is stale, if one is.
  func firstStaleReason() -> String? {
    for index in state.tabAccounts {
      if case .stale(let reason) = state.freshness(of: index) { return reason }
    }
    return nil
  }
}
