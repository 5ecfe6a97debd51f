/// Account-wide figures in the common view over both venues; `nil` means not applicable.
public struct AccountTotals: Sendable, Hashable {
  /// Total equity in USD (OKX `totalEq`, Bybit `totalEquity`).
  public var equityUSD: Amount?
  /// Adjusted equity in USD: OKX `adjEq`, the equity discounted by each currency's haircut.
  /// Bybit has no such figure (its `totalMarginBalance` carries no haircut): see `marginBalanceUSD`.
  public var adjustedEquityUSD: Amount?
  /// Initial margin requirement in USD (OKX `imr`, Bybit `totalInitialMargin`).
  public var initialMarginUSD: Amount?
  /// Maintenance margin requirement in USD (OKX `mmr`, Bybit `totalMaintenanceMargin`).
  public var maintenanceMarginUSD: Amount?
  /// The venue's own margin ratio, in the venue's direction:
  /// OKX `mgnRatio` (liquidation at ≤ 1, higher is safer); Bybit `accountMMRate` (liquidation at ≥ 1).
  public var marginRatio: Amount?
  /// Unrealised PnL in USD (OKX `upl`, Bybit `totalPerpUPL`).
  public var unrealizedPnLUSD: Amount?
  /// Every account-level field exactly as the venue sent it (without the currency list).
  public var fields: RawFields
  /// Bybit `totalMarginBalance` (= `totalWalletBalance` + `totalPerpUPL`, no haircut); not the
  /// same quantity as OKX `adjEq`, so never added to it.
  public var marginBalanceUSD: Amount?
  /// Equity in isolated margin positions in USD (OKX `isoEq`), which the balance endpoint does
  /// not give a margin ratio for.
  public var isolatedEquityUSD: Amount?

  public init(
    equityUSD: Amount? = nil, adjustedEquityUSD: Amount? = nil, initialMarginUSD: Amount? = nil,
    maintenanceMarginUSD: Amount? = nil, marginRatio: Amount? = nil,
    unrealizedPnLUSD: Amount? = nil, fields: RawFields = [:], marginBalanceUSD: Amount? = nil,
    isolatedEquityUSD: Amount? = nil
  ) {
    self.equityUSD = equityUSD
    self.adjustedEquityUSD = adjustedEquityUSD
    self.initialMarginUSD = initialMarginUSD
    self.maintenanceMarginUSD = maintenanceMarginUSD
    self.marginRatio = marginRatio
    self.unrealizedPnLUSD = unrealizedPnLUSD
    self.fields = fields
    self.marginBalanceUSD = marginBalanceUSD
    self.isolatedEquityUSD = isolatedEquityUSD
  }
}
