import ExchangeModel
import Foundation

extension ScreenRenderer {
  /// Tab bar, account status, totals and the margin-usage gauge.
  mutating func drawHeader() {
    drawTabBar(y: 0)
    drawStatusLine(y: 1)
    // Both lines read the same totals and highlights: computed once per frame.
    if let totals = state.tabTotals {
      let changed = state.changedMetrics(currency: nil, accounts: state.tabAccounts)
      drawTotals(y: 2, totals: totals, changed: changed)
      drawGauge(y: 4, totals: totals, changed: changed)
    }
  }

  // MARK: Tabs

  private mutating func drawTabBar(y: Int) {
    var indicators: [Span] = []
    if state.paused { indicators.append(Span(" PAUSED ", .riskWarn)) }
    if state.privacy { indicators.append(Span(" PRIVATE ", .masked)) }
    indicators.append(Span(" every " + AgeText.interval(state.refreshInterval) + " ", .muted))
    let right = frame.width
    let indicatorsWidth = Span.width(indicators)
    put(indicators, x: right - indicatorsWidth, y: y)
    let room = right - indicatorsWidth - 1
    // Full labels when they fit, then names only, then numbers only (a phone over mosh).
    for detail in [2, 1, 0] {
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
      let label = tab == 0 ? "All" : tabLabel(account: tab - 1, detail: detail)
      spans.append(Span(" " + label + " ", tab == state.tab ? .header : .text))
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
      if let error = status.lastError { spans.append(Span(" (last try failed: " + Freshness.describe(error) + ")", .error)) }
    case .stale(let reason):
      spans.append(Span(name + " ", .text))
      spans.append(Span("STALE", .stale))
      if let success = status.lastSuccess {
        spans.append(Span(" " + AgeText.short(state.now.timeIntervalSince(success)) + " old", .stale))
      }
      spans.append(Span(": " + reason, status.lastError == nil ? .stale : .error))
    }
    return spans
  }

  // MARK: Totals

  private struct TotalItem {
    var label: String
    var value: FormattedText
    var changed: Bool
  }

  private mutating func drawTotals(y: Int, totals: AccountTotals, changed: Set<Metric>) {
    func item(_ label: String, _ amount: Amount?, _ metric: Metric, tone: AmountFormatter.Tone = .balance) -> TotalItem {
      TotalItem(label: label, value: formatter.format(amount, tone: tone), changed: changed.contains(metric))
    }
    let columns: [[TotalItem]] = [
      [item("equity USD", totals.equityUSD, .totalEquityUSD), item("adj eq USD", totals.adjustedEquityUSD, .adjustedEquityUSD)],
      [item("IMR", totals.initialMarginUSD, .initialMarginUSD), item("MMR", totals.maintenanceMarginUSD, .maintenanceMarginUSD)],
      [item("uPnL", totals.unrealizedPnLUSD, .totalUnrealizedPnLUSD, tone: .signed)],
    ]
    var x = 1
    for column in columns {
      let labelWidth = column.map(\.label.count).max() ?? 0
      let valueWidth = column.map(\.value.text.count).max() ?? 0
      let width = labelWidth + 1 + valueWidth
      guard x + width <= frame.width - 1 else { break }
      for (offset, entry) in column.enumerated() {
        frame.write(entry.label, x: x, y: y + offset, style: theme[.muted])
        frame.writeRight(entry.value.text, right: x + width, y: y + offset, style: theme[role(entry.value, changed: entry.changed)])
      }
      x += width + 3
    }
  }

  // MARK: Gauge

  /// The margin-usage gauge (100 % = liquidation on either venue), its level in words, and the
  /// venue's own ratio with the venue's convention, because the two venues run opposite ways.
  private mutating func drawGauge(y: Int, totals: AccountTotals, changed allChanged: Set<Metric>) {
    let usage = totals.marginUsage
    let level = RiskClassifier.marginUsage(usage)
    let label = state.selectedAccount == nil && state.accounts.count > 1 ? " worst usage " : " margin usage "
    let reading = " " + formatter.percent(usage) + " " + (usage == nil ? "nothing to liquidate" : level.label)
    var ratio: [Span] = []
    if let account = state.selectedAccount, let snapshot = state.statuses[account].snapshot, let value = totals.marginRatio {
      let (name, convention) =
        snapshot.venue == .okx
        ? ("OKX mgnRatio ", "liq " + (glyphs == .unicode ? "≤" : "<=") + " 1")
        : ("Bybit MMRate ", "liq " + (glyphs == .unicode ? "≥" : ">=") + " 1")
      ratio = [Span(name, .muted), Span(formatter.ratio(value), .text), Span(" (" + convention + ")", .muted)]
    }
    let fixed = label.count + reading.count + 2
    var barWidth = min(40, frame.width - fixed - Span.width(ratio) - 3)
    if barWidth < 10 {
      ratio = []
      barWidth = min(40, frame.width - fixed - 1)
    }
    guard barWidth >= 4 else { return }
    var x = put([Span(label, .muted)], x: 0, y: y)
    let filled = usage.map { Self.filledCells(fraction: $0.value, width: barWidth) } ?? 0
    frame.fill(glyphs.gaugeFull, x: x, y: y, width: filled, style: theme[level.role])
    frame.fill(glyphs.gaugeEmpty, x: x + filled, y: y, width: barWidth - filled, style: theme[.muted])
    x += barWidth
    let changed = allChanged.contains(.marginUsage)
    x = put([Span(reading, changed && !state.privacy ? .changed : level.role)], x: x, y: y)
    if !ratio.isEmpty { put([Span("   ", .text)] + ratio, x: x, y: y) }
  }

  /// Cells of a `width`-cell bar to fill for `fraction` (clamped to 0...1); any usage above zero
  /// shows at least one cell so a small but real risk is visible.
  static func filledCells(fraction: Decimal, width: Int) -> Int {
    guard fraction > 0 else { return 0 }
    let clamped = min(fraction, 1)
    var cells = clamped * Decimal(width)
    var rounded = Decimal()
    NSDecimalRound(&rounded, &cells, 0, .down)
    return max(1, min(width, NSDecimalNumber(decimal: rounded).intValue))
  }
}
