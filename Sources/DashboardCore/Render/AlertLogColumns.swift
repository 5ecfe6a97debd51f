import Alerting

/// Where the alert log's columns go: each as wide as its widest entry (the account capped so
/// the figure keeps room), two cells apart, or one when the screen is narrow.
struct AlertLogColumns {
  let header = ["", "time", "account", "subject", "ccy", "change", "value / threshold"]
  let widths: [Int]
  let offsets: [Int]

  /// The mark of an acknowledged alert.
  static func acknowledged(_ glyphs: GlyphSet) -> String { glyphs == .unicode ? "✓" : "+" }

  init(entries: [AlertEntry], width: Int, glyphs: GlyphSet) {
    let alerts = entries.map(\.alert)
    func widest(_ texts: [String], label: Int) -> Int { max(label, texts.map(\.count).max() ?? 0) }
    var widths = [
      1, 8,
      min(16, widest(alerts.map(\.account), label: 7)),
      widest(alerts.map(\.subject.label), label: 7),
      min(10, widest(alerts.map { $0.currency ?? "" }, label: 3)),
      widest(alerts.map { $0.levelChange(arrow: glyphs.arrow) }, label: 6),
      17,
    ]
    let fixed = widths.dropLast().reduce(0, +)
    var gap = 2
    if fixed + gap * (widths.count - 1) + 12 > width {
      gap = 1
      widths[2] = min(widths[2], 10)
    }
    var offsets: [Int] = []
    var x = 0
    for (index, column) in widths.enumerated() {
      offsets.append(x)
      x += column + (index == 0 ? 1 : gap)
    }
    widths[widths.count - 1] = max(0, width - offsets[offsets.count - 1])
    self.widths = widths
    self.offsets = offsets
  }
}
