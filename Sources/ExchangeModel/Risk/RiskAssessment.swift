/// The one risk reading of one account, which every view, the JSON snapshot, alerts and history
/// use: the level, the normalised margin usage behind it, where it comes from and why.
public struct RiskAssessment: Sendable, Hashable {
  /// The account's level: the worst of its margin level and its currencies' levels.
  public var level: RiskLevel
  /// The level of the margin figure alone (what the gauge shows).
  public var marginLevel: RiskLevel
  /// Margin usage where 1 (100 %) means liquidation on either venue; `nil` when no finite
  /// figure supports one (nothing to liquidate, past liquidation with no meaningful ratio, or
  /// unknown).
  public var marginUsage: Amount?
  /// At or past liquidation: usage of 100 % or more, or a ratio at or below zero with a
  /// maintenance requirement above zero. Such an account reads "≥ 100 %", never a small or
  /// negative figure.
  public var pastLiquidation: Bool
  /// Which venue field(s) the margin figure comes from (`1 / mgnRatio`, `USDT mgnRatio (cross)`,
  /// `totalMaintenanceMargin / totalMarginBalance`); `nil` when none does.
  public var source: String?
  /// The currency whose figure sets the margin level (OKX Futures mode's worst cross ratio).
  public var marginCurrency: String?
  /// Why the level is what it is, in a user's words, most important first.
  public var reasons: [String]
  /// One reading per currency, in the order of the snapshot's currencies.
  public var currencies: [CurrencyRisk]

  public init(
    level: RiskLevel, marginLevel: RiskLevel, marginUsage: Amount? = nil, pastLiquidation: Bool = false,
    source: String? = nil, marginCurrency: String? = nil, reasons: [String] = [], currencies: [CurrencyRisk] = []
  ) {
    self.level = level
    self.marginLevel = marginLevel
    self.marginUsage = marginUsage
    self.pastLiquidation = pastLiquidation
    self.source = source
    self.marginCurrency = marginCurrency
    self.reasons = reasons
    self.currencies = currencies
  }

  /// The reading of an account the venue has not answered for: nothing is known.
  public static func unavailable(_ reason: String) -> RiskAssessment {
    RiskAssessment(level: .unknown, marginLevel: .unknown, reasons: [reason])
  }

  /// Whether this reading calls for attention before `other`: higher level, then past
  /// liquidation, then higher margin usage.
  public func isMoreUrgent(than other: RiskAssessment) -> Bool {
    if level != other.level { return level > other.level }
    if pastLiquidation != other.pastLiquidation { return pastLiquidation }
    return (marginUsage?.value ?? -1) > (other.marginUsage?.value ?? -1)
  }

  /// The currency that drives the account's level when a currency does (the first of the
  /// worst), for a one-line summary such as `USDC conv 5/5`.
  public var worstCurrency: CurrencyRisk? {
    currencies.filter { $0.level == level && $0.level.isAboveOK }.first
  }
}

/// The risk reading of one currency: the worst of its venue risk scales and, where the venue
/// reports one, its own margin ratio.
public struct CurrencyRisk: Sendable, Hashable {
  /// Currency code as the venue spells it.
  public var currency: String
  public var level: RiskLevel
  /// The currency's own margin usage (OKX Futures mode cross `mgnRatio`), 1 = liquidation.
  public var marginUsage: Amount?
  /// At or past liquidation by the currency's own ratio.
  public var pastLiquidation: Bool
  /// Why, in a user's words (`auto-conversion 5/5`, `twap "abc": not a number`).
  public var reasons: [String]
  /// The level of the currency's own margin ratio alone; `nil` when the venue sends none.
  public var marginLevel: RiskLevel?

  public init(
    currency: String, level: RiskLevel, marginUsage: Amount? = nil, pastLiquidation: Bool = false, reasons: [String] = []
  ) {
    self.currency = currency
    self.level = level
    self.marginUsage = marginUsage
    self.pastLiquidation = pastLiquidation
    self.reasons = reasons
  }
}
