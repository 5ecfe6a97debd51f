import CNcursesw
import TerminalModel
import Glibc

extension TerminalScreen {
  /// Shows `frame`: writes only the cells that differ from the frame on screen, then one
  /// `wnoutrefresh` + `doupdate`. Returns how many cells were written.
  @discardableResult
  public func draw(_ frame: Frame) -> Int {
    let runs = FrameDiff.changedRuns(from: shown, to: frame)
    var written = 0
    for run in runs {
      for (offset, cell) in run.cells.enumerated() {
        put(cell, x: run.x + offset, y: run.y)
      }
      written += run.cells.count
    }
    shown = frame
    wnoutrefresh(window)
    doupdate()
    return written
  }

  private func put(_ cell: Cell, x: Int, y: Int) {
    let look = curses(for: cell.style)
    let scalars = CellText.scalars(for: cell.character, glyphs: capabilities.glyphs) { shim_wcwidth($0) }
    var text = scalars.map { wchar_t(bitPattern: $0) } + [0]
    var pair = look.pair
    var character = cchar_t()
    setcchar(&character, &text, look.attributes, 0, &pair)
    // At the bottom-right cell this reports ERR (the cursor cannot advance) after writing it.
    _ = mvwadd_wch(window, Int32(y), Int32(x), &character)
  }

  private func curses(for style: CellStyle) -> (attributes: attr_t, pair: Int32) {
    if let cached = styleCache[style] { return cached }
    var attributes = attr_t(shim_A_NORMAL())
    if style.attributes.contains(.bold) { attributes |= attr_t(shim_A_BOLD()) }
    if style.attributes.contains(.dim) { attributes |= attr_t(shim_A_DIM()) }
    if style.attributes.contains(.underline) { attributes |= attr_t(shim_A_UNDERLINE()) }
    if style.attributes.contains(.reverse) { attributes |= attr_t(shim_A_REVERSE()) }
    var pair: Int32 = 0
    if capabilities.colorDepth != .monochrome {
      let foreground = mapping.cursesColor(style.foreground, background: false)
      let background = mapping.cursesColor(style.background, background: true)
      switch pairs.pair(foreground: foreground, background: background) {
      case .existing(let number):
        pair = number
      case .new(let number):
        pair = init_extended_pair(number, foreground, background) == OK ? number : 0
      case .exhausted:
        pair = 0
      }
    }
    let look = (attributes: attributes, pair: pair)
    styleCache[style] = look
    return look
  }
}
