import ExchangeModel
import Foundation

/// The rules of alerting for one account: thresholds, hysteresis, dwell and rate limit.
///
/// The defaults are the README's risk table; the configuration's `[alerts]` table and an
/// account's `[account.alerts]` change them.
public struct AlertSettings: Sendable, Hashable {
  /// Whether the account is watched at all.
  public var enabled: Bool
  /// Margin usage thresholds, in percent (100 = liquidation).
  public var marginUsage: LevelThresholds
  /// `colBorrAutoConversion` thresholds (0–5 scale).
  public var autoConversion: LevelThresholds
  /// `twap` thresholds (0–5 scale).
  public var forcedRepayment: LevelThresholds
  /// `colRes` thresholds.
  public var collateralRestriction: LevelThresholds
  /// Percentage points below its threshold that margin usage must fall to leave a level.
  /// The venue scales are whole steps and have none: dwell and the rate limit calm them.
  public var hysteresis: ExactDecimal
  /// Consecutive readings a new level must hold before it counts (1 = at once).
  public var dwellReadings: Int
  /// Time a new level must hold before it counts, on top of `dwellReadings`.
  public var dwellSeconds: TimeInterval
  /// Least time between two alerts of one subject, unless the second escalates.
  public var rateLimitSeconds: TimeInterval
  /// No successful read for this long makes the account stale.
  public var staleAfterSeconds: TimeInterval
  /// Changes among levels below this one are not alerted (they still move the state).
  public var minimumLevel: RiskLevel

  public init(
    enabled: Bool = true, marginUsage: LevelThresholds = .marginUsagePercent, autoConversion: LevelThresholds = .venueScale,
    forcedRepayment: LevelThresholds = .venueScale, collateralRestriction: LevelThresholds = .collateralRestriction,
    hysteresis: ExactDecimal = 2, dwellReadings: Int = 2, dwellSeconds: TimeInterval = 0, rateLimitSeconds: TimeInterval = 300,
    staleAfterSeconds: TimeInterval = 60, minimumLevel: RiskLevel = .watch
  ) {
    self.enabled = enabled
    self.marginUsage = marginUsage
    self.autoConversion = autoConversion
    self.forcedRepayment = forcedRepayment
    self.collateralRestriction = collateralRestriction
    self.hysteresis = hysteresis
    self.dwellReadings = dwellReadings
    self.dwellSeconds = dwellSeconds
    self.rateLimitSeconds = rateLimitSeconds
    self.staleAfterSeconds = staleAfterSeconds
    self.minimumLevel = minimumLevel
  }

  /// The level every account-state subject (stale, decoding, unknown) raises.
  public static let conditionLevel = RiskLevel.warn
  /// The level a refused key raises: nothing is watched until someone acts.
  public static let failingLevel = RiskLevel.danger
}
