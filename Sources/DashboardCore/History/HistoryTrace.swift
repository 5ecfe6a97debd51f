import Foundation

/// One account's recent past at one point per minute, bounded: filled from the history store at
/// start and extended by each snapshot, it feeds the sparklines.
public struct HistoryTrace: Sendable, Hashable {
  /// Minutes kept: four hours, more than the widest sparkline.
  public static let capacity = 240
  /// The span of one point.
  public static let bucket: TimeInterval = 60

  /// Oldest first, one per minute that has data.
  public private(set) var points: [HistoryPoint] = []

  public init(points: [HistoryPoint] = []) {
    merge(points)
  }

  /// Adds points of any age (a fill from the store may arrive after the first snapshots); a
  /// minute present twice keeps its peak and dip, so a refresh counted both ways changes nothing.
  mutating func merge(_ incoming: [HistoryPoint]) {
    var byMinute: [Int64: HistoryPoint] = [:]
    for point in points + incoming.map(Self.aligned) {
      let key = Self.minute(point.at)
      byMinute[key] = byMinute[key].map { $0.merged(with: point) } ?? point
    }
    points = byMinute.keys.sorted().suffix(Self.capacity).compactMap { byMinute[$0] }
  }

  /// Adds one refresh: the common case, a point in the current minute or the next.
  mutating func add(_ point: HistoryPoint) {
    let point = Self.aligned(point)
    guard let last = points.last, Self.minute(last.at) <= Self.minute(point.at) else {
      merge([point])
      return
    }
    if Self.minute(last.at) == Self.minute(point.at) {
      points[points.count - 1] = last.merged(with: point)
    } else {
      points.append(point)
      if points.count > Self.capacity { points.removeFirst(points.count - Self.capacity) }
    }
  }

  /// The point of each of the `count` minutes ending with the one holding `now`, oldest first:
  /// `nil` for a minute without data, unless a point at most `carry` seconds before it stands for
  /// it (a refresh interval above a minute leaves minutes between refreshes empty).
  func cells(count: Int, now: Date, carry: TimeInterval) -> [HistoryPoint?] {
    guard count > 0 else { return [] }
    let last = Self.minute(now)
    let first = last - Int64(count) + 1
    var result: [HistoryPoint?] = Array(repeating: nil, count: count)
    var previous: HistoryPoint?
    var index = points.startIndex
    for offset in 0..<count {
      let minute = first + Int64(offset)
      while index < points.endIndex, Self.minute(points[index].at) <= minute {
        previous = points[index]
        index += 1
      }
      guard let previous else { continue }
      let gap = Double(minute - Self.minute(previous.at)) * Self.bucket
      if gap <= max(carry, 0) { result[offset] = previous }
    }
    return result
  }

  private static func aligned(_ point: HistoryPoint) -> HistoryPoint {
    var point = point
    point.at = Date(timeIntervalSince1970: Double(minute(point.at)) * bucket)
    return point
  }

  private static func minute(_ date: Date) -> Int64 {
    let seconds = date.timeIntervalSince1970 / bucket
    guard seconds.isFinite, abs(seconds) < 1e15 else { return 0 }
    return Int64(seconds.rounded(.down))
  }
}
