import ExchangeModel
import Foundation

extension DashboardState {
  /// Indices of the accounts the selected tab covers.
  public var tabAccounts: [Int] {
    if let account = selectedAccount { return [account] }
    return Array(accounts.indices)
  }

  /// The currencies of the selected tab, filtered and sorted as the screen shows them.
  public var rows: [CurrencyRow] {
    var rows = unsortedRows
    if !filter.isEmpty {
      rows = rows.filter { $0.currency.localizedCaseInsensitiveContains(filter) }
    }
    return RowSorter.sorted(rows, by: sort, reversed: sortReversed)
  }

  /// The selected row's index in `rows`, falling back to the first row.
  func selectedIndex(in rows: [CurrencyRow]) -> Int {
    guard let selectedCurrency else { return 0 }
    return rows.firstIndex { $0.currency == selectedCurrency } ?? 0
  }

  private var unsortedRows: [CurrencyRow] {
    let indices = tabAccounts
    var parts: [(account: Int, balance: CurrencyBalance, risk: CurrencyRisk?)] = []
    var problems: [Int: [DecodingProblem]] = [:]
    for index in indices {
      guard statuses.indices.contains(index), let snapshot = statuses[index].snapshot else { continue }
      let risks = snapshot.risk.currencies
      for (position, balance) in snapshot.currencies.enumerated() {
        parts.append((index, balance, risks.indices.contains(position) ? risks[position] : nil))
      }
      if !snapshot.problems.isEmpty { problems[index] = snapshot.problems }
    }
    let balances: [String: CurrencyBalance]
    if indices.count == 1 {
      balances = Dictionary(parts.map { ($0.balance.currency, $0.balance) }, uniquingKeysWith: { first, _ in first })
    } else {
      balances = mergedBalances
    }
    let changed = recentChanges(accounts: indices)
    var order: [String] = []
    var grouped: [String: [(account: Int, balance: CurrencyBalance, risk: CurrencyRisk?)]] = [:]
    for part in parts {
      if grouped[part.balance.currency] == nil { order.append(part.balance.currency) }
      grouped[part.balance.currency, default: []].append(part)
    }
    let merged = indices.count > 1
    return order.compactMap { code in
      guard let balance = balances[code], let sources = grouped[code] else { return nil }
      let from = sources.map(\.account)
      var row = CurrencyRow(
        balance: balance, accounts: from, risk: sources.compactMap { $0.risk?.level }.max() ?? .ok,
        isStale: from.contains { freshness(of: $0).isStale },
        changed: from.reduce(into: Set<Metric>()) { $0.formUnion(changed[$1]?[code] ?? []) })
      for source in sources {
        guard let risk = source.risk, risk.level.isAboveOK else { continue }
        let prefix = merged ? accounts[source.account].name + ": " : ""
        row.reasons += risk.reasons.map { prefix + $0 }
      }
      for source in sources {
        for problem in problems[source.account] ?? [] where problem.field.hasPrefix(code + ".") {
          let name = String(problem.field.dropFirst(code.count + 1))
          row.malformed.formUnion(Metric.allCases.filter { $0.fieldNames.contains(name) && !$0.isAccountTotal })
        }
      }
      if merged && sources.count > 1 {
        for figure in Figure.amounts {
          let absent = sources.filter { figure.value($0.balance) == nil }.map(\.account)
          if !absent.isEmpty && absent.count < sources.count { row.partial[figure.metric] = absent }
        }
      }
      return row
    }
  }

  /// Per-currency metrics that changed within the highlight window, by account and currency:
  /// grouped once per frame instead of scanning every change for every row.
  private func recentChanges(accounts: [Int]) -> [Int: [String: Set<Metric>]] {
    var grouped: [Int: [String: Set<Metric>]] = [:]
    for index in accounts where statuses.indices.contains(index) {
      for (key, at) in statuses[index].changedAt where now.timeIntervalSince(at) < DashboardState.changeHighlight {
        guard let currency = key.currency else { continue }
        grouped[index, default: [:]][currency, default: []].insert(key.metric)
      }
    }
    return grouped
  }

  /// Metrics of `currency` (or of the totals when `nil`) that changed within the highlight window.
  func changedMetrics(currency: String?, accounts: [Int]) -> Set<Metric> {
    var metrics: Set<Metric> = []
    for index in accounts where statuses.indices.contains(index) {
      for (key, at) in statuses[index].changedAt
      where key.currency == currency && now.timeIntervalSince(at) < DashboardState.changeHighlight {
        metrics.insert(key.metric)
      }
    }
    return metrics
  }
}
