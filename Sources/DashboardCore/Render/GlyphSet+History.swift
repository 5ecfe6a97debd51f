extension GlyphSet {
  /// Sparkline cells from lowest to highest: eighth blocks, or an ASCII ramp.
  var sparkRamp: [Character] {
    self == .unicode ? ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"] : ["_", ".", "-", "~", "=", "+", "*", "#"]
  }
  /// A span whose figure cannot be known: never drawn as a low bar.
  var sparkUnknown: Character { "?" }
  /// Marks a span at or past liquidation on the history chart's top line.
  var pastLiquidationMark: Character { "!" }
  /// Marks an alert under the history chart.
  var alertMark: Character { self == .unicode ? "▲" : "^" }
}
