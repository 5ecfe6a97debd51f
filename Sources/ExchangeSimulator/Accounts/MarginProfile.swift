/// How far the episode pushes an account's margin, in its venue's own ratio.
struct MarginProfile: Sendable {
  /// What gives way as the ratio falls.
  enum Drive: Sendable {
    /// The maintenance requirement grows (`mmr = adjEq / ratio`); equity follows the market
    /// only. The ratio cannot reach zero.
    case requirement
    /// Equity gives way: the requirement keeps its calm share of the equity the market alone
    /// leaves, and the perpetual loses what brings adjusted equity to `ratio × mmr`, so a peak
    /// below zero means negative adjusted equity with `mmr` above zero.
    case equity
  }

  /// The calm value of the ratio (OKX `mgnRatio`, Bybit `accountMMRate`).
  var calm: FixedPoint
  /// The ratio at the episode's peak (OKX ~1.1, Bybit ~0.9; below 1 past liquidation).
  var peak: FixedPoint
  var drive: Drive = .requirement
  /// Initial margin as a multiple of maintenance margin.
  var initialToMaintenance: FixedPoint = dec("1.6")

  /// The ratio at this step: calm, moved toward the peak by the episode, with a small wobble.
  func ratio(in market: MarketState, name: String) -> FixedPoint {
    let base = calm + (peak - calm) * market.episode.intensity
    return base * (1 + market.jitter(name, amplitudeBP: 8))
  }
}
