import ExchangeModel

/// One amount of a currency as panels and the table show it.
struct Figure: Sendable {
  /// Panel label.
  var label: String
  /// Table column title.
  var title: String
  var metric: Metric
  var tone: AmountFormatter.Tone
  /// USD or a quantity of the currency: decides the display precision.
  var unit: DisplayPolicy.Unit = .quantity
  var value: @Sendable (CurrencyBalance) -> Amount?

  /// The amounts, in panel order.
  static let amounts: [Figure] = [
    Figure(label: "equity", title: "equity", metric: .equity, tone: .balance) { $0.equity },
    Figure(label: "USD value", title: "USD value", metric: .equityUSD, tone: .balance, unit: .usd) { $0.equityUSD },
    Figure(label: "available", title: "available", metric: .available, tone: .balance) { $0.available },
    Figure(label: "frozen", title: "frozen", metric: .frozen, tone: .balance) { $0.frozen },
    Figure(label: "liabilities", title: "liabilities", metric: .liabilities, tone: .balance) { $0.liabilities },
    Figure(label: "interest", title: "interest", metric: .interest, tone: .balance) { $0.interest },
    Figure(label: "uPnL", title: "uPnL", metric: .unrealizedPnL, tone: .signed) { $0.unrealizedPnL },
  ]
}

extension ScreenRenderer {
  /// A row's figure as shown: an error where the venue's field could not be read, and a mark
  /// on a sum some of the row's accounts contribute nothing to.
  func cell(_ row: CurrencyRow, _ figure: Figure) -> FormattedText {
    let value = figure.value(row.balance)
    if value == nil && row.malformed.contains(figure.metric) { return FormattedText("err", role: .error) }
    var formatted = formatter.format(value, tone: figure.tone, unit: figure.unit)
    if row.partial[figure.metric] != nil {
      formatted = FormattedText(formatted.text + partialMark, role: formatted.role)
    }
    return formatted
  }

  /// The mark of a sum some accounts contribute nothing to.
  var partialMark: String { glyphs == .unicode ? "⁺" : "+" }

  /// A 0–5 venue risk scale as a labelled meter, its number, and its level in words when not ok,
  /// so the level never depends on colour alone.
  func meterSpans(_ label: String, _ value: Int?, words: Bool, malformed: Bool = false) -> [Span] {
    // A level the venue sent but that could not be read is an error to see, never a blank.
    if value == nil && malformed { return [Span(label + " ", .muted), Span("err", .error)] }
    guard let value else { return [Span(label + " ", .muted), Span(glyphs.notApplicable, .muted)] }
    let level = RiskThresholds.level(scale: value)
    let filled = min(max(0, value), 5)
    var spans = [
      Span(label + " ", .muted),
      Span(String(repeating: glyphs.meterFull, count: filled), level.role, emphasis: .solid),
      Span(String(repeating: glyphs.meterEmpty, count: 5 - filled), .muted),
      Span(" \(value)", level.role),
    ]
    if words, level != .ok { spans.append(Span(" " + level.label, level.role)) }
    return spans
  }

  /// Whether the currency counts as collateral, and any platform restriction on it.
  func collateralSpan(_ balance: CurrencyBalance) -> Span? {
    let restriction = RiskThresholds.level(collateralRestriction: balance.collateralRestriction ?? 0)
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
