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
    var quantity: FixedPoint
    var entryPrice: FixedPoint
  }

  /// A perpetual on isolated margin, margined in this currency: open only while the episode says
  /// so (`RiskEpisode.isolatedPositionOpen`).
  struct IsolatedPosition: Sendable {
    var perpetual: Perpetual
    /// Margin set aside for the position, in this currency.
    var margin: FixedPoint
  }

  var symbol: String
  /// Cash balance; negative for a borrowed currency that was spent.
  var cash: FixedPoint
  /// Borrowed proceeds still held (Bybit counts them in `walletBalance`).
  var unspentLoan: FixedPoint = 0
  var frozen: FixedPoint = 0
  var role: Role = .normal
  /// Counts as collateral.
  var collateral: Bool = true
  /// Collateral discount (haircut) applied to the USD value.
  var discount: FixedPoint = dec("0.95")
  /// Interest per hour on the borrowed amount, as a fraction.
  var hourlyRate: FixedPoint = 0
  /// Interest already accrued at step 0.
  var initialInterest: FixedPoint = 0
  var perpetual: Perpetual?
  var isolated: IsolatedPosition?
  /// Cumulative realised PnL (Bybit `cumRealisedPnl`).
  var realisedPnL: FixedPoint = 0

  var asset: Asset? { Asset.catalog[symbol] }
  var scale: Int { asset?.quantityScale ?? 8 }
  var isBorrowed: Bool { role == .borrowed }

  /// Borrowed amount (positive), zero unless borrowed.
  var borrowed: FixedPoint { isBorrowed ? unspentLoan - cash : 0 }

  /// Interest accrued by `step` seconds, rounded to the currency's precision.
  func interest(at step: Int) -> FixedPoint {
    guard isBorrowed else { return 0 }
    // One rounding, of the exact value: (initial·3600 + borrowed·rate·step) / 3600.
    return (initialInterest * 3600 + borrowed * hourlyRate * FixedPoint(step)).quotient(dividingBy: 3600, scale: scale)
  }

  /// Unrealised PnL of the cross perpetual in this currency at the market's prices.
  func unrealisedPnL(in market: MarketState) -> FixedPoint {
    perpetual.map { pnl(of: $0, in: market) } ?? 0
  }

  /// The isolated position, when the episode has it open.
  func openIsolated(in market: MarketState) -> IsolatedPosition? {
    market.episode.isolatedPositionOpen ? isolated : nil
  }

  /// Unrealised PnL of a position booked in this currency.
  func pnl(of perp: Perpetual, in market: MarketState) -> FixedPoint {
    let quote = market.price(symbol)
    guard !quote.isZero else { return 0 }
    let pnlUSD = perp.quantity * (market.price(perp.underlying) - perp.entryPrice)
    return pnlUSD.quotient(dividingBy: quote, scale: scale)
  }
}
