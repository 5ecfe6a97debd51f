import Foundation

extension ScreenRenderer {
  /// Cells of the sparkline in a tab.
  static let tabSparklineWidth = 8
  /// The header's sparklines are at most this wide (an hour), and are dropped below the minimum.
  static let headerSparklineWidth = (minimum: 10, maximum: 60)

  /// Margin usage and equity of `account` over the last minutes, right of the totals on rows
  /// `y` and `y + 1`, when there is room; nothing before the history or the session starts it.
  mutating func drawSparklines(y: Int, after x: Int, account: Int) {
    guard state.traces.indices.contains(account), let trace = state.traces[account], !trace.points.isEmpty else { return }
    let labels = ["usage ", "equity "]
    let labelWidth = labels.map(\.count).max() ?? 0
    let cells = min(Self.headerSparklineWidth.maximum, frame.width - 1 - x - 3 - labelWidth)
    guard cells >= Self.headerSparklineWidth.minimum else { return }
    let points = trace.cells(count: cells, now: state.now, carry: sparklineCarry)
    let sparkline = Sparkline(glyphs: glyphs)
    let left = frame.width - 1 - cells - labelWidth
    put([Span(labels[0], .muted)], x: left, y: y)
    put(sparkline.usage(points), x: left + labelWidth, y: y)
    put([Span(labels[1], .muted)], x: left, y: y + 1)
    put(sparkline.equity(points), x: left + labelWidth, y: y + 1)
  }

  /// A tab's usage sparkline and a space, or nothing before its trace has a point.
  func tabSparkline(account: Int) -> [Span] {
    guard state.traces.indices.contains(account), let trace = state.traces[account], !trace.points.isEmpty else { return [] }
    let points = trace.cells(count: Self.tabSparklineWidth, now: state.now, carry: sparklineCarry)
    return Sparkline(glyphs: glyphs).usage(points) + [Span(" ", .text)]
  }

  /// How long a point stands for the minutes after it: two refresh intervals (a refresh every
  /// two minutes leaves every other minute empty), at least a minute.
  var sparklineCarry: TimeInterval {
    max(60, 2 * Double(state.refreshInterval.components.seconds))
  }
}
