import TerminalModel
import Testing

@testable import TerminalUI

@Suite struct FrameDiffTests {
  private func frame(_ lines: [String]) -> Frame {
    var frame = Frame(width: lines.map(\.count).max() ?? 0, height: lines.count)
    for (y, line) in lines.enumerated() { frame.write(line, x: 0, y: y, style: .plain) }
    return frame
  }

  private func text(_ run: CellRun) -> String {
    String(run.cells.map(\.character))
  }

  @Test func withoutAPreviousFrameEveryRowIsWritten() {
    let runs = FrameDiff.changedRuns(from: nil, to: frame(["abc", "def"]))
    #expect(runs.map(text) == ["abc", "def"])
    #expect(runs.map(\.y) == [0, 1])
    #expect(runs.allSatisfy { $0.x == 0 })
  }

  @Test func identicalFramesWriteNothing() {
    let screen = frame(["equity 1,234.56", "age 3s"])
    #expect(FrameDiff.changedRuns(from: screen, to: screen).isEmpty)
  }

  @Test func onlyTheChangedCellsAreWritten() {
    let old = frame(["BTC 1,234.56  ETH 12.5", "updated 3s ago"])
    let new = frame(["BTC 1,234.58  ETH 12.5", "updated 4s ago"])
    let runs = FrameDiff.changedRuns(from: old, to: new)
    #expect(runs == [CellRun(x: 11, y: 0, cells: [Cell("8")]), CellRun(x: 8, y: 1, cells: [Cell("4")])])
  }

  @Test func separateChangesInOneRowAreSeparateRuns() {
    let runs = FrameDiff.changedRuns(from: frame(["a-b-c"]), to: frame(["x-b-z"]))
    #expect(runs.map(\.x) == [0, 4])
    #expect(runs.map(text) == ["x", "z"])
  }

  @Test func aStyleChangeAloneIsAChange() {
    let old = frame(["12.5"])
    var new = old
    new[x: 1, y: 0] = Cell("2", style: CellStyle(attributes: .bold))
    #expect(FrameDiff.changedRuns(from: old, to: new) == [CellRun(x: 1, y: 0, cells: [Cell("2", style: CellStyle(attributes: .bold))])])
  }

  @Test func aNewSizeRedrawsEverything() {
    let runs = FrameDiff.changedRuns(from: frame(["ab", "cd"]), to: frame(["abc", "cde", "fgh"]))
    #expect(runs.count == 3)
    #expect(runs.map(text) == ["abc", "cde", "fgh"])
  }
}
