import Foundation

/// One currency in a simulated account, before the market prices it.
struct Holding: Sendable {
  /// The part the holding plays in the story.
  enum Role: Sendable {
    case normal
    /// Borrowed: negative cash, liabilities and interest; carries the auto-conversion and
    /// forced-repayment risk of the episode.
    case borrowed
    /// Close to the platform's collateral limit: `colRes` 1, and 2 mid-episode.
    case nearCollateralLimit
    /// A tiny leftover balance.
    case dust
  }

  /// A USD-margined perpetual position whose unrealised PnL is booked in this currency.
  struct Perpetual: Sendable {
    var underlying: String
    /// Signed contract quantity in the underlying (negative is short).
    var quantity: Decimal
    var entryPrice: Decimal
  }

  var symbol: String
  /// Cash balance; negative for a borrowed currency that was spent.
  var cash: Decimal
  /// Borrowed proceeds still held (Bybit counts them in `walletBalance`).
  var unspentLoan: Decimal = 0
  var frozen: Decimal = 0
  var role: Role = .normal
  /// Counts as collateral.
  var collateral: Bool = true
  /// Collateral discount (haircut) applied to the USD value.
  var discount: Decimal = dec("0.95")
  /// Interest per hour on the borrowed amount, as a fraction.
  var hourlyRate: Decimal = 0
  /// Interest already accrued at step 0.
  var initialInterest: Decimal = 0
  var perpetual: Perpetual?
  /// Cumulative realised PnL (Bybit `cumRealisedPnl`).
  var realisedPnL: Decimal = 0

  var asset: Asset? { Asset.catalog[symbol] }
  var scale: Int { asset?.quantityScale ?? 8 }
  var isBorrowed: Bool { role == .borrowed }

  /// Borrowed amount (positive), zero unless borrowed.
  var borrowed: Decimal { isBorrowed ? unspentLoan - cash : 0 }

  /// Interest accrued by `step` seconds, rounded to the currency's precision.
  func interest(at step: Int) -> Decimal {
    guard isBorrowed else { return 0 }
    return DecimalText.rounded(initialInterest + borrowed * hourlyRate * Decimal(step) / 3600, scale: scale)
  }

  /// Unrealised PnL in this currency at the market's prices.
  func unrealisedPnL(in market: MarketState) -> Decimal {
    guard let perp = perpetual else { return 0 }
    let quote = market.price(symbol)
    guard !quote.isZero else { return 0 }
    let pnlUSD = perp.quantity * (market.price(perp.underlying) - perp.entryPrice)
    return DecimalText.rounded(pnlUSD / quote, scale: scale)
  }
}
