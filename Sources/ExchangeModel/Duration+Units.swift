/// The one conversion of a `Duration` into the units the rest of the code counts in.
extension Duration {
  /// The duration in seconds as a `Double`: for dates and clocks, never for money.
  public var timeInterval: Double {
    let (seconds, attoseconds) = components
    return Double(seconds) + Double(attoseconds) / 1e18
  }

  /// The duration in whole milliseconds, toward zero (held at `Int64`'s ends past them).
  public var wholeMilliseconds: Int64 { whole(unitsPerSecond: 1000) }

  /// The duration in whole nanoseconds, toward zero (held at `Int64`'s ends past them).
  public var wholeNanoseconds: Int64 { whole(unitsPerSecond: 1_000_000_000) }

  private func whole(unitsPerSecond: Int64) -> Int64 {
    let (seconds, attoseconds) = components
    let (scaled, overflow) = seconds.multipliedReportingOverflow(by: unitsPerSecond)
    let (total, carried) = scaled.addingReportingOverflow(attoseconds / (1_000_000_000_000_000_000 / unitsPerSecond))
    guard !overflow, !carried else { return seconds < 0 ? .min : .max }
    return total
  }
}
