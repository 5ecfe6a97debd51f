import ExchangeModel

/// The payload overrides in force, in the order they were added.
struct PayloadOverrideBook: Sendable {
  private var entries: [PayloadOverride] = []

  mutating func add(_ payload: PayloadOverride) { entries.append(payload) }

  mutating func clear() { entries.removeAll() }

  /// Every override of one account folded into one, later ones winning field by field; `nil`
  /// when there is none (the common case, which must cost nothing).
  func merged(venue: Venue, apiKey: String) -> AccountOverride? {
    var result: AccountOverride?
    for entry in entries where entry.venue == venue && entry.apiKey == apiKey {
      var merged = result ?? AccountOverride()
      merged.account.merge(entry.account.mapValues(\.json)) { _, new in new }
      if let currency = entry.currency {
        merged.currencies[currency, default: [:]].merge(entry.fields.mapValues(\.json)) { _, new in new }
      }
      if let duplicate = entry.duplicateCurrency { merged.duplicates.insert(duplicate) }
      result = merged
    }
    return result
  }
}
