import ExchangeModel

/// One amount of a currency as panels and the table show it.
struct Figure: Sendable {
  /// Panel label.
  var label: String
  /// Table column title.
  var title: String
  var metric: Metric
  var tone: AmountFormatter.Tone
  var value: @Sendable (CurrencyBalance) -> Amount?

  /// The amounts, in panel order.
  static let amounts: [Figure] = [
    Figure(label: "equity", title: "equity", metric: .equity, tone: .balance) { $0.equity },
    Figure(label: "USD value", title: "USD value", metric: .equityUSD, tone: .balance) { $0.equityUSD },
    Figure(label: "available", title: "available", metric: .available, tone: .balance) { $0.available },
    Figure(label: "frozen", title: "frozen", metric: .frozen, tone: .balance) { $0.frozen },
    Figure(label: "liabilities", title: "liabilities", metric: .liabilities, tone: .balance) { $0.liabilities },
    Figure(label: "interest", title: "interest", metric: .interest, tone: .balance) { $0.interest },
    Figure(label: "uPnL", title: "uPnL", metric: .unrealizedPnL, tone: .signed) { $0.unrealizedPnL },
  ]
}

extension ScreenRenderer {
  /// A 0–5 venue risk scale as a labelled meter, its number, and its level in words when not ok,
  /// so the level never depends on colour alone.
  func meterSpans(_ label: String, _ value: Int?, words: Bool) -> [Span] {
    guard let value else { return [Span(label + " ", .muted), Span(glyphs.notApplicable, .muted)] }
    let level = RiskClassifier.scale(value)
    let filled = min(max(0, value), 5)
    var spans = [
      Span(label + " ", .muted),
      Span(String(repeating: glyphs.meterFull, count: filled), level.role),
      Span(String(repeating: glyphs.meterEmpty, count: 5 - filled), .muted),
      Span(" \(value)", level.role),
    ]
    if words, level != .ok { spans.append(Span(" " + level.label, level.role)) }
    return spans
  }

  /// Whether the currency counts as collateral, and any platform restriction on it.
  func collateralSpan(_ balance: CurrencyBalance) -> Span? {
    let restriction = RiskClassifier.collateralRestriction(balance.collateralRestriction)
    switch balance.collateralRestriction {
    case let value? where value >= 2: return Span("restricted", restriction.role)
    case 1: return Span("near limit", restriction.role)
    default: break
    }
    switch balance.collateralEnabled {
    case true?: return Span("collateral", .muted)
    case false?: return Span("no collateral", .muted)
    case nil: return nil
    }
  }
}
