import ExchangeModel
import Foundation

extension AccountSnapshot {
  /// One snapshot from the answers to several currency-filtered requests of the same account:
  /// account totals from the first, currencies from all in order (first occurrence wins),
  /// the latest exchange time.
  static func merging(_ first: AccountSnapshot, _ rest: [AccountSnapshot]) -> AccountSnapshot {
    var merged = first
    var seen = Set(merged.currencies.map(\.currency))
    for part in rest {
      for currency in part.currencies where seen.insert(currency.currency).inserted {
        merged.currencies.append(currency)
      }
      if let time = part.exchangeTime, merged.exchangeTime.map({ time > $0 }) ?? true { merged.exchangeTime = time }
      merged.fetchedAt = max(merged.fetchedAt, part.fetchedAt)
    }
    return merged
  }
}

extension Array {
  /// The array in consecutive slices of at most `size` elements.
  func chunked(_ size: Int) -> [[Element]] {
    stride(from: 0, to: count, by: size).map { Array(self[$0..<Swift.min($0 + size, count)]) }
  }
}
