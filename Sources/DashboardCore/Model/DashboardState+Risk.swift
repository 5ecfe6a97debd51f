import ExchangeModel

extension DashboardState {
  /// The risk of account `index`: its last snapshot's, `unknown` when it failed before any data
  /// arrived, `nil` while it is still waiting for its first answer.
  public func risk(of index: Int) -> RiskAssessment? {
    guard statuses.indices.contains(index) else { return nil }
    let status = statuses[index]
    if let snapshot = status.snapshot { return snapshot.risk }
    if let error = status.lastError { return .unavailable("no data yet: " + Freshness.describe(error)) }
    return nil
  }

  /// The most urgent of `indices` and its risk (see `RiskAssessment.isMoreUrgent`); `nil` while
  /// none has answered.
  func mostUrgent(among indices: [Int]) -> (account: Int, risk: RiskAssessment)? {
    var worst: (account: Int, risk: RiskAssessment)?
    for index in indices {
      guard let risk = risk(of: index) else { continue }
      if let current = worst, !risk.isMoreUrgent(than: current.risk) { continue }
      worst = (index, risk)
    }
    return worst
  }

  /// The most urgent account of the selected tab and its risk: highest level, then past
  /// liquidation, then highest margin usage; `nil` while no account has answered.
  public var worstRisk: (account: Int, risk: RiskAssessment)? {
    mostUrgent(among: tabAccounts)
  }

  /// The worst level over every account, for the "All" tab's label; `nil` before any answer.
  public var worstAllRisk: RiskLevel? {
    mostUrgent(among: Array(accounts.indices))?.risk.level
  }

  /// The terminal window's title: the worst level over every account and which account, so a
  /// hidden pane or a minimised window still says it (`margintop · CRITICAL okx-main`).
  public var windowTitle: String {
    guard let worst = mostUrgent(among: Array(accounts.indices)) else { return "margintop · waiting" }
    let level = worst.risk.level
    let title = level > .ok ? "margintop · \(level.label) \(accounts[worst.account].name)" : "margintop · \(level.label)"
    // Unacknowledged alerts are counted too: a tab or pane nobody looks at still says so.
    let waiting = unacknowledgedAlertCount
    return waiting == 0 ? title : title + (waiting == 1 ? " · 1 alert" : " · \(waiting) alerts")
  }
}

extension DashboardState {
  /// The account the history view shows: the tab's, or on All the most urgent one (the first
  /// account before any has answered); `nil` with no accounts.
  public var historyAccount: Int? {
    if let selected = selectedAccount { return selected }
    return worstRisk?.account ?? (accounts.isEmpty ? nil : 0)
  }
}
