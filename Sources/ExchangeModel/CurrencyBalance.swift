import Foundation

/// One currency of one account, in the common view over both venues.
///
/// Every figure is optional: `nil` means the venue does not report it for this account mode
/// (the exchange sent `""` or left the field out). It is shown as "—" and never treated as zero.
public struct CurrencyBalance: Sendable, Hashable {
  /// Currency code as the venue spells it (`BTC`, `USDT`).
  public var currency: String
  /// Equity in the currency (OKX `eq`, Bybit `equity`).
  public var equity: Amount?
  /// Equity in USD (OKX `eqUsd`, Bybit `usdValue`).
  public var equityUSD: Amount?
  /// Cash balance (OKX `cashBal`; Bybit `walletBalance - spotBorrow`, since Bybit's
  /// `walletBalance` now includes borrowed coins: "Old walletBalance = New walletBalance - spotBorrow").
  public var cashBalance: Amount?
  /// Available balance (OKX `availEq`, else `availBal`; Bybit has no per-coin figure since 2025).
  public var available: Amount?
  /// Frozen or locked (OKX `frozenBal`, Bybit `locked`).
  public var frozen: Amount?
  /// Liabilities, a positive number (OKX `liab`, Bybit `borrowAmount`).
  public var liabilities: Amount?
  /// Accrued interest (OKX `interest`, Bybit `accruedInterest`).
  public var interest: Amount?
  /// Unrealised profit and loss (OKX `upl`, Bybit `unrealisedPnl`).
  public var unrealizedPnL: Amount?
  /// The venue's own per-currency margin ratio (OKX `mgnRatio` in Futures mode); higher is safer.
  public var marginRatio: Amount?
  /// Auto-conversion risk 0–5 (OKX `colBorrAutoConversion`): 0 none, 4 soon, 5 in progress.
  public var autoConversionRisk: Int?
  /// Forced-repayment risk 0–5 (OKX `twap`): 0 none, larger is more likely.
  public var forcedRepaymentRisk: Int?
  /// Forced-repayment type (OKX `frpType`): 0 none, 1 user-based, 2 platform-based.
  public var forcedRepaymentType: Int?
  /// Platform collateral restriction (`colRes`): 0 off, 1 near the limit, 2 restricted; Bybit -1 unknown.
  public var collateralRestriction: Int?
  /// Whether the currency counts as collateral (OKX `collateralEnabled`; Bybit `marginCollateral && collateralSwitch`).
  public var collateralEnabled: Bool?
  /// When the venue last updated this currency (OKX `uTime`).
  public var updatedAt: Date?
  /// Every field exactly as the venue sent it.
  public var fields: RawFields
  /// Maintenance margin of the currency's positions (OKX detail `mmr` in Futures mode, Bybit
  /// `totalPositionMM`).
  public var maintenanceMargin: Amount?
  /// Equity in isolated positions (OKX detail `isoEq`).
  public var isolatedEquity: Amount?

  public init(
    currency: String, equity: Amount? = nil, equityUSD: Amount? = nil, cashBalance: Amount? = nil,
    available: Amount? = nil, frozen: Amount? = nil, liabilities: Amount? = nil, interest: Amount? = nil,
    unrealizedPnL: Amount? = nil, marginRatio: Amount? = nil, autoConversionRisk: Int? = nil,
    forcedRepaymentRisk: Int? = nil, forcedRepaymentType: Int? = nil, collateralRestriction: Int? = nil,
    collateralEnabled: Bool? = nil, updatedAt: Date? = nil, fields: RawFields = [:], maintenanceMargin: Amount? = nil,
    isolatedEquity: Amount? = nil
  ) {
    self.currency = currency
    self.equity = equity
    self.equityUSD = equityUSD
    self.cashBalance = cashBalance
    self.available = available
    self.frozen = frozen
    self.liabilities = liabilities
    self.interest = interest
    self.unrealizedPnL = unrealizedPnL
    self.marginRatio = marginRatio
    self.autoConversionRisk = autoConversionRisk
    self.forcedRepaymentRisk = forcedRepaymentRisk
    self.forcedRepaymentType = forcedRepaymentType
    self.collateralRestriction = collateralRestriction
    self.collateralEnabled = collateralEnabled
    self.updatedAt = updatedAt
    self.fields = fields
    self.maintenanceMargin = maintenanceMargin
    self.isolatedEquity = isolatedEquity
  }
}
