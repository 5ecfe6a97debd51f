import ExchangeModel
import Foundation

/// One refresh's reading of one subject, before hysteresis and dwell.
struct SubjectReading: Sendable, Hashable {
  /// The figure, in the unit of its thresholds; `nil` for subjects without one.
  var value: ExactDecimal?
  /// The level the figure reaches with no hysteresis.
  var level: RiskLevel
  /// The thresholds the value is read against, for hysteresis and the alert's threshold.
  var thresholds: LevelThresholds?
  /// Percentage points to fall below a held level's threshold before leaving it.
  var slack: ExactDecimal = 0
  /// Words for the figure in a message (`87.5 %`, `4/5`, `3 fields`).
  var valueText: String?

  /// The level this reading supports while `held` is held: rising at the thresholds, falling only
  /// below them by the slack.
  func level(holding held: RiskLevel) -> RiskLevel {
    guard level < held else { return level }
    guard let value, let thresholds else { return level }
    return min(held, thresholds.level(of: value, slack: slack))
  }
}
