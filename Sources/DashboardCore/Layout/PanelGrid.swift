/// The responsive grid of currency panels: as many columns as the width allows.
struct PanelGrid: Sendable, Hashable {
  /// A panel narrower than this cannot show a label and a full-precision amount side by side.
  static let minimumPanelWidth = 36
  /// Border, seven amount rows, border with the risk meters.
  static let baseHeight = 9

  var columns: Int
  var panelWidth: Int
  var panelHeight: Int
  /// Panel rows that fit in the body.
  var visibleRows: Int

  init(body: Rect, showsMarginRatio: Bool) {
    columns = max(1, body.width / PanelGrid.minimumPanelWidth)
    panelWidth = body.width / columns
    panelHeight = PanelGrid.baseHeight + (showsMarginRatio ? 1 : 0)
    visibleRows = max(1, body.height / panelHeight)
  }

  /// Panels on one screen.
  var perPage: Int { columns * visibleRows }
}
