import TerminalModel

/// Turns a cell's character into the scalars handed to `setcchar`, so that whatever the
/// renderer produced occupies exactly one column and never sends control bytes to the terminal.
public enum CellText {
  /// The most scalars one cell may carry (a base character plus combining marks); ncurses'
  /// `CCHARW_MAX` is 5.
  static let maximumScalars = 5

  /// The scalars for `character`: control characters become `?`; with ASCII glyphs, non-ASCII
  /// box drawing, dashes and blocks become their ASCII look-alikes; a base character that is not
  /// one column wide by `columnWidth` (`wcwidth`) becomes `?`.
  public static func scalars(for character: Character, glyphs: GlyphSet, columnWidth: (UInt32) -> Int32) -> [UInt32] {
    let all = Array(character.unicodeScalars)
    guard let base = all.first else { return [0x20] }
    if isControl(base.value) { return [0x3F] }
    if glyphs == .ascii, base.value > 0x7E { return [asciiLookalike(base)] }
    guard columnWidth(base.value) == 1 else { return [0x3F] }
    let marks = all.dropFirst().filter { !isControl($0.value) && columnWidth($0.value) == 0 }
    return [base.value] + marks.prefix(maximumScalars - 1).map(\.value)
  }

  private static func isControl(_ value: UInt32) -> Bool {
    value < 0x20 || (0x7F...0x9F).contains(value)
  }

  /// A safety net for ASCII terminals: the renderer should already have used ASCII glyphs.
  private static func asciiLookalike(_ scalar: Unicode.Scalar) -> UInt32 {
    switch scalar.value {
    case 0x2010...0x2015, 0x2212, 0x2500, 0x2501, 0x2504...0x2505, 0x2508...0x2509, 0x254C, 0x254D, 0x2550:
      return 0x2D  // dashes, minus and horizontal lines
    case 0x2502, 0x2503, 0x2506, 0x2507, 0x250A, 0x250B, 0x254E, 0x254F, 0x2551:
      return 0x7C  // vertical lines
    case 0x250C...0x254B, 0x2552...0x256C:
      return 0x2B  // corners and junctions
    case 0x2580...0x259F:
      return 0x23  // blocks
    case 0x2026, 0x00B7, 0x2022:
      return 0x2E  // ellipsis and dots
    case 0x00A0, 0x2000...0x200A, 0x202F:
      return 0x20  // spaces
    default:
      return 0x3F
    }
  }
}
