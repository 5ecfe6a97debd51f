/// One character cell of the screen with its style.
public struct Cell: Sendable, Hashable {
  /// One grapheme that occupies exactly one column.
  public var character: Character
  public var style: CellStyle

  public init(_ character: Character = " ", style: CellStyle = .plain) {
    self.character = character
    self.style = style
  }
}

/// A whole screen as a grid of styled cells: what `render` produces and the terminal layer diffs.
public struct Frame: Sendable, Equatable {
  public let width: Int
  public let height: Int
  /// Row-major cells, `width * height` of them.
  public private(set) var cells: [Cell]

  public init(width: Int, height: Int, fill: Cell = Cell()) {
    self.width = max(0, width)
    self.height = max(0, height)
    self.cells = Array(repeating: fill, count: self.width * self.height)
  }

  /// The cell at column `x`, row `y`; out-of-range reads give a blank cell, writes are ignored.
  public subscript(x x: Int, y y: Int) -> Cell {
    get {
      guard x >= 0, y >= 0, x < width, y < height else { return Cell() }
      return cells[y * width + x]
    }
    set {
      guard x >= 0, y >= 0, x < width, y < height else { return }
      cells[y * width + x] = newValue
    }
  }

  /// Writes `text` from column `x` on row `y`, one character per cell, clipped to the frame and
  /// to `maxWidth` columns when given. Returns the number of columns written.
  @discardableResult
  public mutating func write(_ text: String, x: Int, y: Int, style: CellStyle, maxWidth: Int? = nil) -> Int {
    guard y >= 0, y < height else { return 0 }
    let limit = min(width - x, maxWidth ?? Int.max)
    var column = 0
    for character in text {
      guard column < limit else { break }
      self[x: x + column, y: y] = Cell(character, style: style)
      column += 1
    }
    return column
  }

  /// The frame as plain text lines (styles dropped), for golden-screen tests.
  public var lines: [String] {
    (0..<height).map { y in String(cells[(y * width)..<((y + 1) * width)].map(\.character)) }
  }
}
