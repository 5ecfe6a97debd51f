import TerminalModel

/// Consecutive cells of one row that changed between two frames: what the writer sends.
public struct CellRun: Sendable, Equatable {
  /// Column of the first cell.
  public var x: Int
  /// Row.
  public var y: Int
  public var cells: [Cell]

  public init(x: Int, y: Int, cells: [Cell]) {
    self.x = x
    self.y = y
    self.cells = cells
  }
}
