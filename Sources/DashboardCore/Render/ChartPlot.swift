import Foundation

/// A line chart drawn into cells: braille dots (2 × 4 per cell) in Unicode, a filled area of
/// `#` in ASCII. Values are fractions of the chart's height; each cell takes the colour of the
/// most severe column drawn in it, and guide lines (thresholds) show only where no data is.
struct ChartPlot {
  /// One drawn cell.
  struct Mark: Sendable, Hashable {
    var character: Character
    var role: ThemeRole
  }

  /// One column of dots: its height as a fraction (clamped to 0...1), colour and severity.
  struct Column: Sendable, Hashable {
    var fraction: Double
    var role: ThemeRole
    var severity: Int
  }

  let glyphs: GlyphSet
  /// Size in cells.
  let width: Int
  let height: Int

  /// Dot columns per cell.
  var columnsPerCell: Int { glyphs == .unicode ? 2 : 1 }
  /// Dot rows per cell.
  var rowsPerCell: Int { glyphs == .unicode ? 4 : 1 }
  /// Dot columns in all.
  var dotColumns: Int { width * columnsPerCell }

  /// The dot row (0 at the top) of `fraction`.
  func dotRow(_ fraction: Double) -> Int {
    let rows = height * rowsPerCell
    let clamped = fraction.isFinite ? min(1, max(0, fraction)) : 1
    return min(rows - 1, max(0, Int(((1 - clamped) * Double(rows - 1)).rounded())))
  }

  /// The cells, row by row; `nil` where nothing is drawn. `columns` has one entry per dot
  /// column (`nil` for no data), `guides` are horizontal lines at fractions.
  func draw(_ columns: [Column?], guides: [(fraction: Double, role: ThemeRole)] = []) -> [[Mark?]] {
    guard width > 0, height > 0 else { return [] }
    var bits = Array(repeating: Array(repeating: 0, count: width), count: height)
    var severity: [[Int]] = Array(repeating: Array(repeating: Int.min, count: width), count: height)
    var roles: [[ThemeRole?]] = Array(repeating: Array(repeating: nil, count: width), count: height)
    var previous: Int?
    for (index, column) in columns.prefix(dotColumns).enumerated() {
      guard let column else {
        previous = nil
        continue
      }
      let row = dotRow(column.fraction)
      // Braille joins each dot to the last column's, so a jump reads as a line; ASCII fills down.
      let span: ClosedRange<Int> =
        glyphs == .unicode ? min(row, previous ?? row)...max(row, previous ?? row) : row...(height - 1)
      previous = row
      let cx = index / columnsPerCell
      for dot in span {
        let cy = dot / rowsPerCell
        bits[cy][cx] |= Self.bit(x: index % columnsPerCell, y: dot % rowsPerCell)
        if column.severity > severity[cy][cx] {
          severity[cy][cx] = column.severity
          roles[cy][cx] = column.role
        }
      }
    }
    var marks: [[Mark?]] = Array(repeating: Array(repeating: nil, count: width), count: height)
    for cy in 0..<height {
      for cx in 0..<width where bits[cy][cx] != 0 {
        marks[cy][cx] = Mark(character: character(bits[cy][cx]), role: roles[cy][cx] ?? .text)
      }
    }
    for guide in guides {
      let dot = dotRow(guide.fraction)
      let cy = dot / rowsPerCell
      let glyph = glyphs == .unicode ? character(Self.bit(x: 0, y: dot % rowsPerCell)) : "-"
      for cx in 0..<width where marks[cy][cx] == nil {
        marks[cy][cx] = Mark(character: glyph, role: guide.role)
      }
    }
    return marks
  }

  private func character(_ bits: Int) -> Character {
    guard glyphs == .unicode else { return "#" }
    return Character(Unicode.Scalar(0x2800 + UInt32(bits & 0xFF)) ?? " ")
  }

  /// The braille bit of dot (`x`, `y`) in its cell (Unicode's dot numbering).
  private static func bit(x: Int, y: Int) -> Int {
    let left = [0x01, 0x02, 0x04, 0x40]
    let right = [0x08, 0x10, 0x20, 0x80]
    return (x == 0 ? left : right)[min(max(y, 0), 3)]
  }
}
