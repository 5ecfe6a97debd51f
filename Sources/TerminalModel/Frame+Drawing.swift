extension Frame {
  /// Writes `text` so that it ends just before column `right`; returns the column it starts at.
  @discardableResult
  public mutating func writeRight(_ text: String, right: Int, y: Int, style: CellStyle) -> Int {
    let x = right - text.count
    write(text, x: x, y: y, style: style)
    return x
  }

  /// Fills `width` cells of row `y` from column `x` with `character`.
  public mutating func fill(_ character: Character, x: Int, y: Int, width: Int, style: CellStyle) {
    guard width > 0 else { return }
    for column in x..<(x + width) { self[x: column, y: y] = Cell(character, style: style) }
  }

  /// Clears a rectangle to blanks.
  public mutating func clear(_ rect: Rect) {
    for row in rect.y..<(rect.y + max(0, rect.height)) { fill(" ", x: rect.x, y: row, width: rect.width, style: .plain) }
  }

  /// Draws a box border around `rect` (corners and lines only; the inside is left as it is).
  public mutating func drawBox(_ rect: Rect, glyphs: GlyphSet, style: CellStyle) {
    guard rect.width >= 2, rect.height >= 2 else { return }
    let right = rect.x + rect.width - 1
    let bottom = rect.y + rect.height - 1
    fill(glyphs.horizontal, x: rect.x + 1, y: rect.y, width: rect.width - 2, style: style)
    fill(glyphs.horizontal, x: rect.x + 1, y: bottom, width: rect.width - 2, style: style)
    for row in (rect.y + 1)..<bottom {
      self[x: rect.x, y: row] = Cell(glyphs.vertical, style: style)
      self[x: right, y: row] = Cell(glyphs.vertical, style: style)
    }
    self[x: rect.x, y: rect.y] = Cell(glyphs.topLeft, style: style)
    self[x: right, y: rect.y] = Cell(glyphs.topRight, style: style)
    self[x: rect.x, y: bottom] = Cell(glyphs.bottomLeft, style: style)
    self[x: right, y: bottom] = Cell(glyphs.bottomRight, style: style)
  }
}
