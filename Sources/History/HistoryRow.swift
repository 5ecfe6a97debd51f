/// One exported row: a refresh of one account, or one minute of them once older than the full
/// resolution window. Figures are the exact decimal text as stored; for a single refresh the
/// minimum, maximum and last are the same figure.
public struct HistoryRow: Sendable, Hashable {
  public enum Resolution: String, Sendable, Hashable {
    /// One refresh as received.
    case refresh
    /// The refreshes of one minute, aggregated (min, max, last).
    case minute
  }

  public var account: String
  public var venue: String
  /// UTC, milliseconds (`2026-12-02T09:08:57.715Z`): the refresh time, or the minute's start.
  public var time: String
  public var resolution: Resolution
  /// How many refreshes the row stands for.
  public var samples: Int
  /// The last level of the row's refreshes (`RiskLevel.name`).
  public var level: String
  /// The worst level of the row's refreshes.
  public var worstLevel: String
  /// Whether any of the row's refreshes was at or past liquidation.
  public var pastLiquidation: Bool
  public var marginUsage: String?
  public var marginUsageMin: String?
  public var marginUsageMax: String?
  public var equityUSD: String?
  public var equityUSDMin: String?
  public var equityUSDMax: String?
  public var adjustedEquityUSD: String?
  public var adjustedEquityUSDMin: String?
  public var adjustedEquityUSDMax: String?

  public init(
    account: String, venue: String, time: String, resolution: Resolution, samples: Int, level: String, worstLevel: String,
    pastLiquidation: Bool, marginUsage: String?, marginUsageMin: String?, marginUsageMax: String?, equityUSD: String?,
    equityUSDMin: String?, equityUSDMax: String?, adjustedEquityUSD: String?, adjustedEquityUSDMin: String?,
    adjustedEquityUSDMax: String?
  ) {
    self.account = account
    self.venue = venue
    self.time = time
    self.resolution = resolution
    self.samples = samples
    self.level = level
    self.worstLevel = worstLevel
    self.pastLiquidation = pastLiquidation
    self.marginUsage = marginUsage
    self.marginUsageMin = marginUsageMin
    self.marginUsageMax = marginUsageMax
    self.equityUSD = equityUSD
    self.equityUSDMin = equityUSDMin
    self.equityUSDMax = equityUSDMax
    self.adjustedEquityUSD = adjustedEquityUSD
    self.adjustedEquityUSDMin = adjustedEquityUSDMin
    self.adjustedEquityUSDMax = adjustedEquityUSDMax
  }
}
