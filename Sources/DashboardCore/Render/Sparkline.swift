import ExchangeModel
import Foundation

/// Sparklines of an account's recent margin usage and equity, one cell per minute.
struct Sparkline {
  let glyphs: GlyphSet

  /// Margin usage on the fixed 0–100 % scale, so two accounts' lines compare; each cell in the
  /// colour of the level its value falls in. A minute without data is blank; one whose usage
  /// cannot be known is `?`, never a low bar; past liquidation is the full block in critical.
  func usage(_ cells: [HistoryPoint?]) -> [Span] {
    let ramp = glyphs.sparkRamp
    return cells.map { point in
      guard let point else { return Span(" ", .muted) }
      let level = point.usageLevel
      if point.pastLiquidation { return Span(String(ramp[ramp.count - 1]), RiskLevel.critical.role, emphasis: .solid) }
      guard let usage = point.usage else {
        // Nothing to liquidate is a true zero; any other level without a figure is unknown.
        if point.level == .none { return Span(String(ramp[0]), .muted) }
        return Span(String(glyphs.sparkUnknown), max(level, .unknown).role)
      }
      return Span(String(ramp[Self.index(usage.value.doubleValue, levels: ramp.count)]), level.role, emphasis: .solid)
    }
  }

  /// Equity (each minute's lowest) scaled between the lowest and highest shown: its shape, not
  /// its size, so it stays in privacy mode like the chart's line.
  func equity(_ cells: [HistoryPoint?]) -> [Span] {
    let ramp = glyphs.sparkRamp
    let values = cells.compactMap { $0?.equity?.value.doubleValue }
    guard let low = values.min(), let high = values.max() else { return cells.map { _ in Span(" ", .muted) } }
    return cells.map { point in
      guard let point else { return Span(" ", .muted) }
      guard let equity = point.equity?.value.doubleValue else { return Span(String(glyphs.sparkUnknown), .muted) }
      let index = high > low ? Self.index((equity - low) / (high - low), levels: ramp.count) : ramp.count / 2
      return Span(String(ramp[index]), .text, emphasis: .solid)
    }
  }

  /// The ramp step for `fraction` of the range (clamped): above zero is at least the first step.
  static func index(_ fraction: Double, levels: Int) -> Int {
    guard levels > 0, fraction > 0 else { return 0 }
    let scaled = min(fraction, 1) * Double(levels)
    guard scaled.isFinite else { return levels - 1 }
    return min(levels - 1, max(0, Int(scaled.rounded(.down))))
  }
}
