/// Account-wide figures in the common view over both venues; `nil` means not applicable.
public struct AccountTotals: Sendable, Hashable {
  /// Total equity in USD (OKX `totalEq`, Bybit `totalEquity`).
  public var equityUSD: Amount?
  /// Adjusted (margin) equity in USD (OKX `adjEq`, Bybit `totalMarginBalance`).
  public var adjustedEquityUSD: Amount?
  /// Initial margin requirement in USD (OKX `imr`, Bybit `totalInitialMargin`).
  public var initialMarginUSD: Amount?
  /// Maintenance margin requirement in USD (OKX `mmr`, Bybit `totalMaintenanceMargin`).
  public var maintenanceMarginUSD: Amount?
  /// The venue's own margin ratio, in the venue's direction:
  /// OKX `mgnRatio` (liquidation at ≤ 1, higher is safer); Bybit `accountMMRate` (liquidation at ≥ 1).
  public var marginRatio: Amount?
  /// Normalised margin usage where 1.0 means liquidation on either venue
  /// (OKX 1 / `mgnRatio`; Bybit `accountMMRate`). `nil` when the venue gives no figure.
  public var marginUsage: Amount?
  /// Unrealised PnL in USD (OKX `upl`, Bybit `totalPerpUPL`).
  public var unrealizedPnLUSD: Amount?
  /// Every account-level field exactly as the venue sent it (without the currency list).
  public var fields: RawFields

  public init(
    equityUSD: Amount? = nil, adjustedEquityUSD: Amount? = nil, initialMarginUSD: Amount? = nil,
    maintenanceMarginUSD: Amount? = nil, marginRatio: Amount? = nil, marginUsage: Amount? = nil,
    unrealizedPnLUSD: Amount? = nil, fields: RawFields = [:]
  ) {
    self.equityUSD = equityUSD
    self.adjustedEquityUSD = adjustedEquityUSD
    self.initialMarginUSD = initialMarginUSD
    self.maintenanceMarginUSD = maintenanceMarginUSD
    self.marginRatio = marginRatio
    self.marginUsage = marginUsage
    self.unrealizedPnLUSD = unrealizedPnLUSD
    self.fields = fields
  }
}
