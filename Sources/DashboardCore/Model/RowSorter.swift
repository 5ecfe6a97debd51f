import ExchangeModel
import Foundation

/// Sorts currency rows; figures that do not apply always go last, whatever the direction.
enum RowSorter {
  static func sorted(_ rows: [CurrencyRow], by key: SortKey, reversed: Bool) -> [CurrencyRow] {
    let descending = key.descendingByDefault != reversed
    // Each row's figure is read once, and positions are sorted rather than the rows, which are
    // large values: sorting is on every frame.
    let figures = rows.map { key == .risk ? $0.balance.equityUSD?.value : value($0, key)?.value }
    let names = rows.map(\.currency)
    let risks = rows.map(\.risk)
    let order = rows.indices.sorted { i, j in
      switch key {
      case .name:
        if names[i] != names[j] { return (names[i] < names[j]) != descending }
      case .risk:
        if risks[i] != risks[j] { return (risks[i] < risks[j]) != descending }
        if let order = compare(figures[i], figures[j], descending: true) { return order }
      case .usdValue, .equity, .liabilities:
        if let order = compare(figures[i], figures[j], descending: descending) { return order }
      }
      return names[i] < names[j]
    }
    return order.map { rows[$0] }
  }

  private static func value(_ row: CurrencyRow, _ key: SortKey) -> Amount? {
    switch key {
    case .usdValue: return row.balance.equityUSD
    case .equity: return row.balance.equity
    case .liabilities: return row.balance.liabilities
    case .risk, .name: return nil
    }
  }

  /// `nil` when both are equal (the caller breaks the tie); missing values sort after present ones.
  private static func compare(_ a: ExactDecimal?, _ b: ExactDecimal?, descending: Bool) -> Bool? {
    switch (a, b) {
    case (nil, nil): return nil
    case (nil, _): return false
    case (_, nil): return true
    case (let x?, let y?):
      if x == y { return nil }
      return (x < y) != descending
    }
  }
}
