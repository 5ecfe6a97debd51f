/// Where the header, body and footer go for a terminal size.
struct ScreenLayout: Sendable, Hashable {
  /// Below this the screen only explains that it is too small. 45×20 (a phone over mosh) still
  /// gets the full, compact layout.
  static let minimumSize = TerminalSize(width: 40, height: 10)
  /// What layout is assumed before the terminal reports its size.
  static let assumedSize = TerminalSize(width: 80, height: 24)
  /// Tab bar, account status, two lines of totals, and the margin-usage gauge.
  static let headerHeight = 5

  var size: TerminalSize
  /// An unacknowledged alert takes the row under the header; the body starts one lower.
  var alertLine = false

  var isTooSmall: Bool {
    size.width < ScreenLayout.minimumSize.width || size.height < ScreenLayout.minimumSize.height
  }

  /// Everything between the header and the footer.
  var body: Rect {
    let top = alertRow + (alertLine ? 1 : 0)
    return Rect(x: 0, y: top, width: size.width, height: max(0, size.height - top - 1))
  }

  /// The alert line's row, when it is shown.
  var alertRow: Int { ScreenLayout.headerHeight }

  /// The key hint line.
  var footerRow: Int { size.height - 1 }
}
