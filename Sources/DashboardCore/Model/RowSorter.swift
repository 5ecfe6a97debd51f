import ExchangeModel
import Foundation

/// Sorts currency rows; figures that do not apply always go last, whatever the direction.
enum RowSorter {
  static func sorted(_ rows: [CurrencyRow], by key: SortKey, reversed: Bool) -> [CurrencyRow] {
    let descending = key.descendingByDefault != reversed
    return rows.sorted { a, b in
      switch key {
      case .name:
        if a.currency != b.currency { return (a.currency < b.currency) != descending }
      case .risk:
        if a.risk != b.risk { return (a.risk < b.risk) != descending }
        if let order = compare(a.balance.equityUSD, b.balance.equityUSD, descending: true) { return order }
      case .usdValue, .equity, .liabilities:
        if let order = compare(value(a, key), value(b, key), descending: descending) { return order }
      }
      return a.currency < b.currency
    }
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
  private static func compare(_ a: Amount?, _ b: Amount?, descending: Bool) -> Bool? {
    switch (a?.value, b?.value) {
    case (nil, nil): return nil
    case (nil, _): return false
    case (_, nil): return true
    case (let x?, let y?):
      if x == y { return nil }
      return (x < y) != descending
    }
  }
}
