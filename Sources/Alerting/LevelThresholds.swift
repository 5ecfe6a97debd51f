import ExchangeModel
import Foundation

/// Where each level of one figure starts: a value at or above `watch` is watch, and so on.
/// A level with no threshold is never reached by the figure.
public struct LevelThresholds: Sendable, Hashable {
  public var watch: ExactDecimal?
  public var warn: ExactDecimal?
  public var danger: ExactDecimal?
  public var critical: ExactDecimal?

  public init(watch: ExactDecimal? = nil, warn: ExactDecimal? = nil, danger: ExactDecimal? = nil, critical: ExactDecimal? = nil) {
    self.watch = watch
    self.warn = warn
    self.danger = danger
    self.critical = critical
  }

  /// The README's margin usage table, in percent: 50, 70, 85, 95.
  public static let marginUsagePercent = LevelThresholds(watch: 50, warn: 70, danger: 85, critical: 95)
  /// The README's 0–5 venue scales (auto-conversion, forced repayment): 1, 2, 3, 4.
  public static let venueScale = LevelThresholds(watch: 1, warn: 2, danger: 3, critical: 4)
  /// The README's collateral restriction: 1 warn, 2 danger.
  public static let collateralRestriction = LevelThresholds(warn: 1, danger: 2)

  /// The thresholds from the highest level down, the ones that are set.
  public var descending: [(level: RiskLevel, threshold: ExactDecimal)] {
    let all: [(RiskLevel, ExactDecimal?)] = [(.critical, critical), (.danger, danger), (.warn, warn), (.watch, watch)]
    return all.compactMap { level, threshold in threshold.map { (level, $0) } }
  }

  /// The threshold of `level`, if it has one.
  public func threshold(of level: RiskLevel) -> ExactDecimal? {
    switch level {
    case .watch: return watch
    case .warn: return warn
    case .danger: return danger
    case .critical: return critical
    default: return nil
    }
  }

  /// The level of `value`, every threshold lowered by `slack` (hysteresis: a level already held
  /// is left only once the value is `slack` below where it starts).
  public func level(of value: ExactDecimal, slack: ExactDecimal = 0) -> RiskLevel {
    for (level, threshold) in descending where value >= (threshold.subtracting(slack) ?? threshold) { return level }
    return .ok
  }

  /// Whether the levels that are set rise with their thresholds (a lower level never needs a
  /// larger value than a higher one).
  public var isIncreasing: Bool {
    let values = descending.map(\.threshold)
    return zip(values, values.dropFirst()).allSatisfy { $0 > $1 }
  }
}
