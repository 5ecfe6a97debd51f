/// The scripted risk story: where the episode stands at one step.
///
/// Every `period` steps (and so in the first minute of a demo) margin usage climbs toward
/// liquidation and recovers, auto-conversion risk steps from 0 to 5, forced-repayment risk rises
/// and a collateral restriction switches on. Everything is a pure function of the step.
struct RiskEpisode: Sendable, Hashable {
  /// Steps between the starts of two episodes.
  static let period = 300

  /// Seconds into the current episode cycle.
  let phase: Int

  /// How far toward liquidation the episode pushes, 0 (calm) to 1 (peak), to 20 decimals.
  /// Stored: every price of the step reads it.
  let intensity: FixedPoint

  init(step: Int) {
    let p = step % RiskEpisode.period
    phase = p < 0 ? p + RiskEpisode.period : p
    switch phase {
    case ..<5: intensity = 0
    case 5..<30: intensity = FixedPoint(phase - 5).divided(by: 25)
    case 30..<40: intensity = 1
    case 40..<58: intensity = FixedPoint(58 - phase).divided(by: 18)
    default: intensity = 0
    }
  }

  /// OKX `colBorrAutoConversion` of the borrowed currency: 0 → 5 in steps, then back to 0
  /// once the conversion has happened.
  var autoConversionRisk: Int {
    switch phase {
    case ..<8: return 0
    case 8..<13: return 1
    case 13..<18: return 2
    case 18..<23: return 3
    case 23..<28: return 4
    case 28..<45: return 5
    default: return 0
    }
  }

  /// OKX `twap` (forced-repayment risk) of the borrowed currency, 0–5.
  var forcedRepaymentRisk: Int {
    switch phase {
    case ..<12: return 0
    case 12..<18: return 1
    case 18..<24: return 2
    case 24..<30: return 3
    case 30..<40: return 4
    case 40..<48: return 3
    case 48..<54: return 1
    default: return 0
    }
  }

  /// OKX `frpType`: platform-based (2) while `twap` ≥ 1, else 0.
  var forcedRepaymentType: Int { forcedRepaymentRisk >= 1 ? 2 : 0 }

  /// Whether the OKX Futures-mode account holds its isolated position: opened as the sell-off
  /// starts, closed after the recovery, so the demo shows the account with and without it.
  var isolatedPositionOpen: Bool { (8..<52).contains(phase) }

  /// `colRes` of the coin near the platform collateral limit: 1 (near), 2 (restricted) mid-episode.
  var collateralRestriction: Int { (20..<50).contains(phase) ? 2 : 1 }
}
