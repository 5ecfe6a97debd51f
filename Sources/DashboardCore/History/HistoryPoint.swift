import ExchangeModel
import Foundation

/// One span of an account's past for the sparklines and the history chart. Charts draw the
/// highest margin usage and the lowest equity of each span, so a peak of risk or a dip of equity
/// is never averaged away; the low, high and last figures are there for the view's summary.
public struct HistoryPoint: Sendable, Hashable {
  /// The span's start.
  public var at: Date
  /// The highest margin usage in the span (1 is liquidation); `nil` when no refresh had one.
  public var usage: Amount?
  /// The lowest margin usage in the span.
  public var usageLow: Amount?
  /// The last margin usage of the span (`nil` when the last refresh had none).
  public var lastUsage: Amount?
  /// The lowest total equity in USD in the span.
  public var equity: Amount?
  /// The highest total equity in USD in the span.
  public var equityHigh: Amount?
  /// The last total equity in USD of the span.
  public var lastEquity: Amount?
  /// The worst risk level of the span.
  public var level: RiskLevel
  /// At or past liquidation at some point of the span.
  public var pastLiquidation: Bool

  /// A span whose low, high and last equal its one figure unless given.
  public init(
    at: Date, usage: Amount?, equity: Amount?, level: RiskLevel, pastLiquidation: Bool = false,
    usageLow: Amount?? = nil, lastUsage: Amount?? = nil, equityHigh: Amount?? = nil, lastEquity: Amount?? = nil
  ) {
    self.at = at
    self.usage = usage
    self.usageLow = usageLow ?? usage
    self.lastUsage = lastUsage ?? usage
    self.equity = equity
    self.equityHigh = equityHigh ?? equity
    self.lastEquity = lastEquity ?? equity
    self.level = level
    self.pastLiquidation = pastLiquidation
  }

  /// The point one refresh makes.
  public init(snapshot: AccountSnapshot) {
    let risk = snapshot.risk
    self.init(
      at: snapshot.fetchedAt, usage: risk.marginUsage, equity: snapshot.totals.equityUSD, level: risk.level,
      pastLiquidation: risk.pastLiquidation)
  }

  /// This span followed by `later`: peaks, dips and the later last figures.
  func merged(with later: HistoryPoint) -> HistoryPoint {
    HistoryPoint(
      at: min(at, later.at), usage: Self.pick(usage, later.usage, >), equity: Self.pick(equity, later.equity, <),
      level: max(level, later.level), pastLiquidation: pastLiquidation || later.pastLiquidation,
      usageLow: .some(Self.pick(usageLow, later.usageLow, <)), lastUsage: .some(later.lastUsage),
      equityHigh: .some(Self.pick(equityHigh, later.equityHigh, >)), lastEquity: .some(later.lastEquity ?? lastEquity))
  }

  /// The level the usage falls in by the risk table (past liquidation is critical); without a
  /// usage figure, the span's own level (`unknown` stays unknown, never a low bar).
  var usageLevel: RiskLevel {
    if pastLiquidation { return .critical }
    if let usage { return RiskThresholds.level(usage: usage.value) }
    return level
  }

  private static func pick(_ a: Amount?, _ b: Amount?, _ better: (Amount, Amount) -> Bool) -> Amount? {
    guard let a else { return b }
    guard let b else { return a }
    return better(b, a) ? b : a
  }
}
