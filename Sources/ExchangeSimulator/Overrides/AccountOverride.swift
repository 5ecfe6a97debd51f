import ExchangeModel

/// The overrides of one account, applied while its balance response is written.
struct AccountOverride: Sendable {
  /// Account-level fields by name.
  var account: [String: JSONValue] = [:]
  /// Per-currency fields, by currency then field name.
  var currencies: [String: [String: JSONValue]] = [:]
  /// Currencies whose entry is written twice.
  var duplicates: Set<String> = []

  /// `members` with the account-level overrides applied: replaced in place, new names appended
  /// in name order (the response stays the same from one request to the next).
  func applyToAccount(_ members: [(String, JSONValue)]) -> [(String, JSONValue)] {
    AccountOverride.apply(account, to: members)
  }

  /// The overridden fields of `currency`, if any.
  func fields(of currency: String) -> [String: JSONValue]? {
    currencies[currency]
  }

  /// How many times `currency`'s entry is written.
  func copies(of currency: String) -> Int {
    duplicates.contains(currency) ? 2 : 1
  }

  /// The fields of `overrides` missing from `names`, in name order: appended to an entry.
  static func additions(_ overrides: [String: JSONValue], besides names: [String]) -> [(String, JSONValue)] {
    let present = Set(names)
    return overrides.filter { !present.contains($0.key) }.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
  }

  static func apply(_ overrides: [String: JSONValue], to members: [(String, JSONValue)]) -> [(String, JSONValue)] {
    guard !overrides.isEmpty else { return members }
    let replaced = members.map { name, value in (name, overrides[name] ?? value) }
    return replaced + additions(overrides, besides: members.map(\.0))
  }
}
