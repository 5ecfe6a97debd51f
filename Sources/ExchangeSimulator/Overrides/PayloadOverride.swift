import ExchangeModel

/// Hostile-but-valid figures for one account's balance responses: fields set to chosen JSON
/// values, and a currency entry sent twice.
///
/// Applies to OKX `GET /api/v5/account/balance` (`data[0]` and its `details`) and Bybit
/// `GET /v5/account/wallet-balance` (`list[0]` and its `coin`) of the account holding `apiKey`,
/// until the overrides are cleared. A field the response lacks is added after the others.
public struct PayloadOverride: Sendable, Hashable {
  /// A JSON value written exactly as given: a string stays a string, a number is written as its
  /// literal (`4`, `4.0`, `1e200`), so a test decides what the venue "sent".
  public enum Value: Sendable, Hashable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByBooleanLiteral
  {
    case string(String)
    /// A JSON number literal, written unchanged (the caller keeps it valid JSON).
    case number(String)
    case bool(Bool)
    case null
    /// Any other JSON text (an array or object), written unchanged; from a control request, it is
    /// the value compact, with its object members sorted by name (`RawField.jsonText`).
    case raw(String)

    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .number(String(value)) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }

    var json: JSONValue {
      switch self {
      case .string(let text): return .string(text)
      case .number(let literal): return .number(literal)
      case .bool(let flag): return .bool(flag)
      case .null: return .null
      case .raw(let text): return .raw(Array(text.utf8))
      }
    }
  }

  public var venue: Venue
  /// The key of the simulated account whose responses change.
  public var apiKey: String
  /// Account-level fields (OKX `data[0]`, Bybit `list[0]`).
  public var account: [String: Value]
  /// The currency whose entry `fields` changes.
  public var currency: String?
  /// Fields of `currency`'s entry (OKX `details[]`, Bybit `coin[]`).
  public var fields: [String: Value]
  /// A currency whose entry is sent twice in a row.
  public var duplicateCurrency: String?

  public init(
    venue: Venue, apiKey: String, account: [String: Value] = [:], currency: String? = nil,
    fields: [String: Value] = [:], duplicateCurrency: String? = nil
  ) {
    self.venue = venue
    self.apiKey = apiKey
    self.account = account
    self.currency = currency
    self.fields = fields
    self.duplicateCurrency = duplicateCurrency
  }
}
