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

  var isTooSmall: Bool {
    size.width < ScreenLayout.minimumSize.width || size.height < ScreenLayout.minimumSize.height
  }

  /// Everything between the header and the footer.
  var body: Rect {
    Rect(x: 0, y: ScreenLayout.headerHeight, width: size.width, height: max(0, size.height - ScreenLayout.headerHeight - 1))
  }

  /// The key hint line.
  var footerRow: Int { size.height - 1 }
}
