import Foundation

extension HistoryChart {
  /// The window cut into `count` equal columns, each the merge of its points (peak usage, dip of
  /// equity). An empty column takes the point before it when that is at most `carry` seconds
  /// older (slow refreshes leave columns between them empty); otherwise it stays empty: a gap.
  func columns(count: Int, carry: TimeInterval) -> [HistoryPoint?] {
    guard count > 0 else { return [] }
    let span = Double(window.seconds) / Double(count)
    var result: [HistoryPoint?] = Array(repeating: nil, count: count)
    for point in points {
      let offset = point.at.timeIntervalSince(start) / span
      guard offset.isFinite, offset >= 0, offset < Double(count) else { continue }
      let index = min(count - 1, Int(offset))
      result[index] = result[index].map { $0.merged(with: point) } ?? point
    }
    var last: HistoryPoint?
    for index in 0..<count {
      if let point = result[index] {
        last = point
      } else if let previous = last, start.addingTimeInterval(Double(index) * span).timeIntervalSince(previous.at) <= carry {
        result[index] = previous
      }
    }
    return result
  }
}
