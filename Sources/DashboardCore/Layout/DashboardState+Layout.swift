extension DashboardState {
  /// The layout for the last reported size.
  var layout: ScreenLayout { ScreenLayout(size: size ?? ScreenLayout.assumedSize, alertLine: showsAlertLine) }

  /// The panel grid for `rows` at the last reported size.
  func panelGrid(for rows: [CurrencyRow]) -> PanelGrid {
    PanelGrid(body: layout.body, showsMarginRatio: rows.contains { $0.balance.marginRatio != nil })
  }

  /// The view actually drawn: panels need room for at least two, so a screen that holds only one
  /// (a phone-sized 45×20) shows the compact table instead, which lists every currency.
  func effectiveViewMode(for rows: [CurrencyRow]) -> ViewMode {
    viewMode == .panels && rows.count > 1 && panelGrid(for: rows).perPage < 2 ? .table : viewMode
  }

  /// How far selection moves for up/down and for a page, in the current view.
  func movement(for rows: [CurrencyRow]) -> (row: Int, page: Int) {
    switch effectiveViewMode(for: rows) {
    case .panels:
      let grid = panelGrid(for: rows)
      return (grid.columns, grid.perPage)
    case .table:
      // One line is the column header.
      return (1, max(1, layout.body.height - 1))
    }
  }

  /// Lines of the body an overlay can show.
  var overlayPageHeight: Int { max(1, layout.body.height - 2) }
}
