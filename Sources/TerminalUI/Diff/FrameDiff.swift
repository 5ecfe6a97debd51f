import TerminalModel

/// Computes which cells must be written to turn the screen showing one frame into the next.
public enum FrameDiff {
  /// The runs of changed cells, row by row, left to right. With no previous frame, or one of
  /// another size, every row is one full run (a full redraw).
  public static func changedRuns(from old: Frame?, to new: Frame) -> [CellRun] {
    guard let old, old.width == new.width, old.height == new.height else {
      return (0..<new.height).map { y in
        CellRun(x: 0, y: y, cells: Array(new.cells[(y * new.width)..<((y + 1) * new.width)]))
      }
    }
    var runs: [CellRun] = []
    let width = new.width
    for y in 0..<new.height {
      let base = y * width
      var x = 0
      while x < width {
        guard old.cells[base + x] != new.cells[base + x] else {
          x += 1
          continue
        }
        let start = x
        while x < width, old.cells[base + x] != new.cells[base + x] { x += 1 }
        runs.append(CellRun(x: start, y: y, cells: Array(new.cells[(base + start)..<(base + x)])))
      }
    }
    return runs
  }
}
