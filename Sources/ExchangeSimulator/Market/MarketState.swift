/// The simulated market at one step: prices and the risk episode. A pure function of (seed, step).
struct MarketState: Sendable {
  let seed: UInt64
  /// Whole steps (seconds) since the simulator started.
  let step: Int
  let episode: RiskEpisode
  private let noise: SeededNoise
  /// Every catalog price at this step: a response reads each price several times, so they are
  /// computed once per step.
  private let prices: [String: FixedPoint]

  init(seed: UInt64, step: Int) {
    self.seed = seed
    self.step = max(0, step)
    let episode = RiskEpisode(step: self.step)
    let noise = SeededNoise(seed: seed)
    self.episode = episode
    self.noise = noise
    self.prices = Asset.catalog.mapValues { MarketState.price(of: $0, step: max(0, step), noise: noise, episode: episode) }
  }

  /// The USD price of `symbol` at this step, rounded to the asset's quote precision; 0 for a
  /// symbol outside the catalog.
  func price(_ symbol: String) -> FixedPoint {
    prices[symbol] ?? 0
  }

  private static func price(of asset: Asset, step: Int, noise: SeededNoise, episode: RiskEpisode) -> FixedPoint {
    let octaves: [SeededNoise.Octave]
    switch asset.kind {
    case .stable: octaves = [.init(period: 1, amplitudeBP: 1), .init(period: 60, amplitudeBP: 2)]
    case .major: octaves = MarketState.volatile(scale: 1)
    case .alt: octaves = MarketState.volatile(scale: 2)
    case .meme: octaves = MarketState.volatile(scale: 3)
    }
    let offset = MarketState.fraction(noise.value(channel: asset.channel, step: step, octaves: octaves))
    // The episode is a sell-off in everything but stablecoins: collateral falls with margin health.
    let shock = asset.kind == .stable ? 0 : episode.intensity * MarketState.crashDepth
    return (asset.basePrice * (1 + offset) * (1 - shock)).rounded(scale: asset.priceScale)
  }

  /// A small deterministic wobble (a fraction, e.g. 0.004) for a named figure, so ratios move on
  /// every refresh even when no price does.
  func jitter(_ name: String, amplitudeBP: Int) -> FixedPoint {
    let channel = name.utf8.reduce(UInt64(7)) { $0 &* 31 &+ UInt64($1) }
    let octaves = [SeededNoise.Octave(period: 1, amplitudeBP: amplitudeBP), .init(period: 20, amplitudeBP: amplitudeBP * 3)]
    return MarketState.fraction(noise.value(channel: channel, step: step, octaves: octaves))
  }

  /// Noise in basis points times 10 000 as a fraction: `units` × 10⁻⁸.
  private static func fraction(_ units: Int) -> FixedPoint {
    FixedPoint(units: Int128(units), scale: 8)
  }

  /// How deep the episode's sell-off goes at its peak.
  private static let crashDepth = dec("0.06")

  private static func volatile(scale: Int) -> [SeededNoise.Octave] {
    [
      .init(period: 1, amplitudeBP: 3 * scale), .init(period: 5, amplitudeBP: 8 * scale),
      .init(period: 30, amplitudeBP: 30 * scale), .init(period: 300, amplitudeBP: 120 * scale),
      .init(period: 3600, amplitudeBP: 400 * scale),
    ]
  }
}
