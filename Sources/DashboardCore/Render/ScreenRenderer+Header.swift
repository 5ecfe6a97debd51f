import ExchangeModel
import Foundation

extension ScreenRenderer {
  /// Tab bar, account status, totals and the margin-usage gauge.
  mutating func drawHeader() {
    drawTabBar(y: 0)
    drawStatusLine(y: 1)
    // Both lines read the same totals and highlights: computed once per frame.
    let changed = state.changedMetrics(currency: nil, accounts: state.tabAccounts)
    if let totals = state.tabTotals {
      let end = drawTotals(y: 2, tab: totals, changed: changed)
      if let worst = state.worstRisk { drawSparklines(y: 2, after: end, account: worst.account) }
    }
    if let worst = state.worstRisk {
      drawGauge(y: 4, account: worst.account, risk: worst.risk, changed: changed)
    }
  }

  // MARK: Tabs

  private mutating func drawTabBar(y: Int) {
    var indicators: [Span] = []
    if state.paused { indicators.append(Span(" PAUSED ", .riskWarn)) }
    if state.privacy { indicators.append(Span(" PRIVATE ", .masked)) }
    if state.exact { indicators.append(Span(" EXACT ", .muted)) }
    if let notice = state.notice, notice.isShown(at: state.now) { indicators.append(Span(" " + notice.text + " ", .keyHint)) }
    indicators.append(Span(" every " + AgeText.interval(state.refreshInterval) + " ", .muted))
    let right = frame.width
    let indicatorsWidth = Span.width(indicators)
    put(indicators, x: right - indicatorsWidth, y: y)
    let room = right - indicatorsWidth - 1
    // Full labels with sparklines when they fit, then without, then names only, then numbers
    // only (a phone over mosh).
    for detail in [3, 2, 1, 0] {
      let tabs = tabSpans(detail: detail)
      if Span.width(tabs) <= room || detail == 0 {
        put(tabs, x: 0, y: y, limit: room)
        return
      }
    }
  }

  private func tabSpans(detail: Int) -> [Span] {
    var spans: [Span] = []
    for tab in 0...state.accounts.count {
      let label = tab == 0 ? "All" : tabLabel(account: tab - 1, detail: min(detail, 2))
      // A tab takes its account's level colour, so a risk on a tab not shown still catches the eye.
      let level = tab == 0 ? state.worstAllRisk : state.risk(of: tab - 1)?.level
      let idle: ThemeRole = level.map { $0 > .ok ? $0.role : .text } ?? .text
      spans.append(Span(" " + label + " ", tab == state.tab ? .header : idle))
      if detail == 3, tab > 0 { spans += tabSparkline(account: tab - 1) }
      if tab > 0, state.freshness(of: tab - 1).isStale { spans.append(Span("!", .stale)) }
      spans.append(Span(" ", .text))
    }
    return spans
  }

  private func tabLabel(account: Int, detail: Int) -> String {
    let descriptor = state.accounts[account]
    switch detail {
    case 0: return "\(account + 1)"
    case 1: return "\(account + 1) \(descriptor.name)"
    default:
      let mode = state.statuses[account].snapshot?.mode.displayName
      return "\(account + 1) \(descriptor.name) \(descriptor.venue.displayName)" + (mode.map { " " + $0 } ?? "")
    }
  }

  // MARK: Status

  private mutating func drawStatusLine(y: Int) {
    var spans: [Span] = [Span(" ", .text)]
    for (position, index) in state.tabAccounts.enumerated() {
      if position > 0 { spans.append(Span(glyphs.separator, .muted)) }
      spans += statusSpans(account: index)
    }
    put(spans, x: 0, y: y)
  }

  /// One account's freshness: age of the last success, the error if the last fetch failed, and
  /// STALE with its reason after two missed intervals.
  private func statusSpans(account index: Int) -> [Span] {
    let status = state.statuses[index]
    let name = state.accounts[index].name
    var spans: [Span] = []
    switch state.freshness(of: index) {
    case .waiting:
      spans.append(Span(name + " waiting for data", .muted))
    case .fresh:
      let age = status.lastSuccess.map { AgeText.short(state.now.timeIntervalSince($0)) } ?? "?"
      spans.append(Span(name + " updated \(age) ago", .muted))
      // The last round trip, and a mark while a refresh is in flight.
      if let trip = status.lastRoundTrip { spans.append(Span(" " + AgeText.roundTrip(trip), .muted)) }
      if status.fetching { spans.append(Span(glyphs == .unicode ? " ↻" : " *", .muted)) }
      if let error = status.lastError { spans.append(Span(" (last try failed: " + Freshness.describe(error) + ")", .error)) }
    case .stale where status.lastError?.isPermanent == true:
      // Retrying will not help until the user acts: say so, apart from a passing outage.
      spans.append(Span(name + " ", .text))
      spans.append(Span("ACTION NEEDED", .error))
      if let success = status.lastSuccess {
        spans.append(Span(" data " + AgeText.short(state.now.timeIntervalSince(success)) + " old", .stale))
      }
      spans.append(Span(": " + (status.lastError.map(Freshness.describe) ?? ""), .error))
    case .stale(let reason):
      spans.append(Span(name + " ", .text))
      spans.append(Span("STALE", .stale))
      if let success = status.lastSuccess {
        spans.append(Span(" " + AgeText.short(state.now.timeIntervalSince(success)) + " old", .stale))
      }
      spans.append(Span(": " + reason, status.lastError == nil ? .stale : .error))
    }
    if let problems = status.snapshot?.problems, !problems.isEmpty {
      let count = problems.count == 1 ? "1 field" : "\(problems.count) fields"
      spans.append(Span(" " + glyphs.separator.trimmingCharacters(in: .whitespaces) + " \(count) unreadable", .error))
    }
    return spans
  }

  // MARK: Totals

  private struct TotalItem {
    var label: String
    var value: FormattedText
    var changed: Bool
  }

  /// Returns the column after the last one drawn.
  @discardableResult
  private mutating func drawTotals(y: Int, tab: TabTotals, changed: Set<Metric>) -> Int {
    let totals = tab.totals
    func item(_ label: String, _ amount: Amount?, _ metric: Metric, tone: AmountFormatter.Tone = .balance) -> TotalItem {
      var value = formatter.format(amount, tone: tone, unit: .usd)
      // A sum some accounts contribute nothing to is marked, never passed off as a total.
      if tab.isPartial(metric) { value = FormattedText(value.text + " " + partialMark, role: value.role) }
      return TotalItem(label: label, value: value, changed: changed.contains(metric))
    }
    let both = tab.venues.count > 1
    var equities = [item("equity USD", totals.equityUSD, .totalEquityUSD)]
    if tab.venues.contains(.okx) {
      equities.append(item(both ? "OKX adj eq" : "adj eq USD", totals.adjustedEquityUSD, .adjustedEquityUSD))
    }
    var last = [item("uPnL", totals.unrealizedPnLUSD, .totalUnrealizedPnLUSD, tone: .signed)]
    if tab.venues.contains(.bybit) {
      let margin = item(both ? "Bybit mgn bal" : "margin bal USD", totals.marginBalanceUSD, .marginBalanceUSD)
      if both { last.append(margin) } else { equities.append(margin) }
    }
    let columns: [[TotalItem]] = [
      equities,
      [item("IMR", totals.initialMarginUSD, .initialMarginUSD), item("MMR", totals.maintenanceMarginUSD, .maintenanceMarginUSD)],
      last,
    ]
    var x = 1
    for column in columns {
      let labelWidth = column.map(\.label.count).max() ?? 0
      let valueWidth = column.map(\.value.text.count).max() ?? 0
      let width = labelWidth + 1 + valueWidth
      guard x + width <= frame.width - 1 else { break }
      for (offset, entry) in column.enumerated() {
        frame.write(entry.label, x: x, y: y + offset, style: theme[.muted])
        frame.writeRight(entry.value.text, right: x + width, y: y + offset, style: style(entry.value.role, changeMark(entry.changed)))
      }
      x += width + 3
    }
    return x - 3
  }

  // MARK: Gauge

  /// The margin-usage gauge (100 % = liquidation on either venue) of the tab's most urgent
  /// account, its level in words, what drives it, and the venue's own ratio with the venue's
  /// convention, because the two venues run opposite ways. A stale reading is dimmed and says
  /// how old it is.
  private mutating func drawGauge(y: Int, account: Int, risk: RiskAssessment, changed allChanged: Set<Metric>) {
    let onAll = state.selectedAccount == nil && state.accounts.count > 1
    let label = onAll ? " worst " + state.accounts[account].name + " " : " margin usage "
    let levelText: String
    switch risk.level {
    case .none: levelText = "nothing to liquidate"
    default: levelText = risk.level.label
    }
    let usage = risk.level == .none && risk.marginUsage == nil ? "" : formatter.usage(risk) + " "
    var reading = " " + usage + levelText
    if let driver = RiskSummary.driver(risk) { reading += " " + glyphs.separator.trimmingCharacters(in: .whitespaces) + " " + driver }
    let freshness = state.freshness(of: account)
    var age = ""
    if freshness.isStale, let success = state.statuses[account].lastSuccess {
      age = " (" + AgeText.short(state.now.timeIntervalSince(success)) + " old)"
    }
    var ratio: [Span] = []
    if !onAll, let snapshot = state.statuses[account].snapshot, let (name, value) = venueRatio(snapshot, risk: risk) {
      let convention =
        snapshot.venue == .okx
        ? "liq " + (glyphs == .unicode ? "≤" : "<=") + " 1"
        : "liq " + (glyphs == .unicode ? "≥" : ">=") + " 1"
      ratio = [Span(name + " ", .muted), Span(formatter.ratio(value), .text), Span(" (" + convention + ")", .muted)]
    }
    // The bar keeps at least 10 cells where the screen allows; the reading and the venue's own
    // ratio give way first (the reading is cut at the edge, the ratio dropped).
    let fixed = label.count + reading.count + age.count + 2
    var barWidth = min(40, frame.width - fixed - Span.width(ratio) - 3)
    if barWidth < 10 {
      ratio = []
      barWidth = min(40, max(frame.width - fixed - 1, min(10, frame.width - label.count - 12)))
    }
    var x = put([Span(label, .muted)], x: 0, y: y)
    let stale = freshness.isStale
    let barRole: ThemeRole = stale ? .stale : risk.marginLevel.role
    if barWidth >= 4 {
      let filled =
        risk.pastLiquidation ? barWidth : risk.marginUsage.map { Self.filledCells(fraction: $0.value, width: barWidth) } ?? 0
      frame.fill(glyphs.gaugeFull, x: x, y: y, width: filled, style: style(barRole, .solid))
      frame.fill(glyphs.gaugeEmpty, x: x + filled, y: y, width: barWidth - filled, style: theme[.muted])
      x += barWidth
    }
    let changed = allChanged.contains(.marginUsage)
    x = put([Span(reading, stale ? .stale : risk.level.role, emphasis: changeMark(changed))], x: x, y: y)
    if !age.isEmpty { x = put([Span(age, .stale)], x: x, y: y) }
    if !ratio.isEmpty { put([Span("   ", .text)] + ratio, x: x, y: y) }
  }

  /// The venue's own figure behind the gauge: OKX `mgnRatio` (the account's, or in Futures
  /// mode the driving currency's cross ratio), Bybit `accountMMRate`.
  private func venueRatio(_ snapshot: AccountSnapshot, risk: RiskAssessment) -> (String, Amount)? {
    if let value = snapshot.totals.marginRatio {
      return (snapshot.venue == .okx ? "OKX mgnRatio" : "Bybit MMRate", value)
    }
    if let currency = risk.marginCurrency,
      let value = snapshot.currencies.first(where: { $0.currency == currency })?.marginRatio
    {
      return (currency + " mgnRatio", value)
    }
    return nil
  }

  /// Cells of a `width`-cell bar to fill for `fraction` (clamped to 0...1); any usage above zero
  /// shows at least one cell so a small but real risk is visible.
  static func filledCells(fraction: ExactDecimal, width: Int) -> Int {
    guard fraction > 0 else { return 0 }
    let clamped = min(fraction, 1)
    let cells = clamped.multiplied(by: ExactDecimal(width), scale: 0, rounding: .towardZero)?.integer() ?? width
    return max(1, min(width, cells))
  }
}
