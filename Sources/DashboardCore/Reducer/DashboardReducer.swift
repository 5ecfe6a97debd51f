import ExchangeModel
import Foundation

/// The state machine behind `Dashboard.reduce`.
enum DashboardReducer {
  static func reduce(_ state: inout DashboardState, _ event: DashboardEvent) -> [DashboardEffect] {
    switch event {
    case .fetchStarted(let account, let at):
      guard state.statuses.indices.contains(account) else { return [] }
      state.statuses[account].fetching = true
      state.statuses[account].fetchStartedAt = at
    case .snapshot(let account, let snapshot):
      guard state.statuses.indices.contains(account) else { return [] }
      var status = state.statuses[account]
      for key in ChangeDetector.changes(from: status.snapshot, to: snapshot) {
        status.changedAt[key] = snapshot.fetchedAt
      }
      status.snapshot = snapshot
      status.lastSuccess = snapshot.fetchedAt
      status.lastError = nil
      status.fetching = false
      if let started = status.fetchStartedAt { status.lastRoundTrip = max(0, snapshot.fetchedAt.timeIntervalSince(started)) }
      state.statuses[account] = status
      state.traces[account]?.add(HistoryPoint(snapshot: snapshot))
      // The "All" tab's merged balances change only here: merged once per snapshot, not per frame.
      state.mergedBalances = CurrencyMerger.merge(
        state.accounts.indices.flatMap { index in
          (state.statuses[index].snapshot?.currencies ?? []).map { (state.accounts[index].name, $0) }
        })
    case .fetchFailed(let account, let error, _):
      guard state.statuses.indices.contains(account) else { return [] }
      state.statuses[account].lastError = error
      state.statuses[account].fetching = false
    case .key(let key):
      return KeyHandler.handle(key, &state)
    case .resize(let size):
      state.size = size
    case .history(let account, let points):
      guard state.traces.indices.contains(account) else { return [] }
      var trace = state.traces[account] ?? HistoryTrace()
      trace.merge(points)
      state.traces[account] = trace
    case .historyChart(let chart):
      guard chart.account == state.history.account, chart.window == state.history.window else { return [] }
      state.history.chart = chart
    case .historyOff(let reason):
      state.historyOff = reason
    case .tick(let now):
      state.now = now
      for index in state.statuses.indices where !state.statuses[index].changedAt.isEmpty {
        state.statuses[index].changedAt = state.statuses[index].changedAt.filter {
          now.timeIntervalSince($0.value) < DashboardState.changeHighlight
        }
      }
    case .alerts(let alerts):
      return state.record(alerts)
    }
    return []
  }
}
