/// The steps `+` and `-` move the refresh interval through.
enum RefreshIntervals {
  static let steps: [Duration] = [1, 2, 3, 5, 10, 15, 20, 30, 60, 120, 300, 600].map { Duration.seconds($0) }

  /// The next longer step, or `nil` at the top.
  static func longer(than current: Duration) -> Duration? {
    steps.first { $0 > current }
  }

  /// The next shorter step, never below `minimum`; `nil` when already at the floor.
  static func shorter(than current: Duration, minimum: Duration) -> Duration? {
    let candidate = steps.last { $0 < current } ?? minimum
    let clamped = max(candidate, minimum)
    return clamped < current ? clamped : nil
  }
}
