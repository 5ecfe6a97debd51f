/// How far the episode pushes an account's margin, in its venue's own ratio.
struct MarginProfile: Sendable {
  /// The calm value of the ratio (OKX `mgnRatio`, Bybit `accountMMRate`).
  var calm: FixedPoint
  /// The ratio at the episode's peak (OKX ~1.1, Bybit ~0.9).
  var peak: FixedPoint
  /// Initial margin as a multiple of maintenance margin.
  var initialToMaintenance: FixedPoint = dec("1.6")

  /// The ratio at this step: calm, moved toward the peak by the episode, with a small wobble.
  func ratio(in market: MarketState, name: String) -> FixedPoint {
    let base = calm + (peak - calm) * market.episode.intensity
    return base * (1 + market.jitter(name, amplitudeBP: 8))
  }
}
