import ExchangeModel
import Foundation

/// One span of an account's history for a chart: the highest margin usage and the lowest
/// equity in it, so neither a peak of risk nor a dip of equity is hidden by the bucketing.
public struct HistorySample: Sendable, Hashable {
  /// The span's start.
  public var at: Date
  /// How many refreshes the span holds.
  public var samples: Int
  /// The highest margin usage of the span; `nil` when no refresh had a figure.
  public var usageMax: Amount?
  /// The lowest margin usage of the span.
  public var usageMin: Amount?
  /// The last margin usage of the span.
  public var usageLast: Amount?
  /// The lowest total equity in USD of the span.
  public var equityMin: Amount?
  /// The highest total equity in USD of the span.
  public var equityMax: Amount?
  /// The last total equity in USD of the span.
  public var equityLast: Amount?
  /// The worst level of the span.
  public var worstLevel: RiskLevel
  /// Whether any refresh of the span was at or past liquidation.
  public var pastLiquidation: Bool

  public init(
    at: Date, samples: Int, usageMax: Amount?, usageMin: Amount?, usageLast: Amount?, equityMin: Amount?,
    equityMax: Amount?, equityLast: Amount?, worstLevel: RiskLevel, pastLiquidation: Bool
  ) {
    self.at = at
    self.samples = samples
    self.usageMax = usageMax
    self.usageMin = usageMin
    self.usageLast = usageLast
    self.equityMin = equityMin
    self.equityMax = equityMax
    self.equityLast = equityLast
    self.worstLevel = worstLevel
    self.pastLiquidation = pastLiquidation
  }

  /// This span followed by `later` (same bucket): peaks and dips kept, the last equity is the later one.
  func merged(with later: HistorySample) -> HistorySample {
    // Counts come from the file, which may hold anything: saturate rather than trap.
    let (sum, overflow) = samples.addingReportingOverflow(later.samples)
    return HistorySample(
      at: at, samples: overflow ? Int.max : sum, usageMax: Self.larger(usageMax, later.usageMax),
      usageMin: Self.smaller(usageMin, later.usageMin), usageLast: later.usageLast,
      equityMin: Self.smaller(equityMin, later.equityMin), equityMax: Self.larger(equityMax, later.equityMax),
      equityLast: later.equityLast ?? equityLast,
      worstLevel: max(worstLevel, later.worstLevel), pastLiquidation: pastLiquidation || later.pastLiquidation)
  }

  private static func larger(_ a: Amount?, _ b: Amount?) -> Amount? {
    guard let a else { return b }
    guard let b else { return a }
    return b > a ? b : a
  }

  private static func smaller(_ a: Amount?, _ b: Amount?) -> Amount? {
    guard let a else { return b }
    guard let b else { return a }
    return b < a ? b : a
  }
}
