import ExchangeModel
import Foundation

extension PayloadOverride {
  /// Reads the body of `POST /__simulator/overrides`:
  /// `{"venue":"okx","api_key":"…","account":{…},"currency":"USDT","fields":{…},"duplicate_currency":"BTC"}`.
  /// Only `venue` and `api_key` are required; `fields` needs `currency`.
  static func parse(_ body: String) -> Result<PayloadOverride, OverrideControl.Problem> {
    func problem(_ message: String) -> Result<PayloadOverride, OverrideControl.Problem> {
      .failure(OverrideControl.Problem(message: message))
    }
    let document: RawField
    do {
      document = try JSONParser.parse(Data(body.utf8))
    } catch {
      return problem("not JSON (at byte \(error.offset), expected \(error.reason))")
    }
    // A repeated name keeps its last value, in RawFields as in JSON parsers generally.
    guard case .object(let object) = document else { return problem("expected a JSON object") }
    guard case .string(let venueName)? = object["venue"], let venue = Venue(rawValue: venueName) else {
      return problem("venue is okx or bybit")
    }
    guard case .string(let apiKey)? = object["api_key"], !apiKey.isEmpty else { return problem("api_key is required") }
    var payload = PayloadOverride(venue: venue, apiKey: apiKey)
    for (key, name) in [("account", "account"), ("fields", "fields")] {
      guard let value = object[key] else { continue }
      guard case .object(let fields) = value else { return problem("\(name) is an object of fields") }
      let values = Dictionary(fields.map { ($0.key, Value($0.value)) }, uniquingKeysWith: { _, last in last })
      if key == "account" { payload.account = values } else { payload.fields = values }
    }
    for key in ["currency", "duplicate_currency"] {
      guard let value = object[key] else { continue }
      guard case .string(let symbol) = value, !symbol.isEmpty else { return problem("\(key) is a currency name") }
      if key == "currency" { payload.currency = symbol } else { payload.duplicateCurrency = symbol }
    }
    if !payload.fields.isEmpty && payload.currency == nil { return problem("fields needs a currency") }
    return .success(payload)
  }
}

extension PayloadOverride.Value {
  /// The value a parsed control body holds; arrays and objects are kept as their JSON text.
  init(_ json: RawField) {
    switch json {
    case .string(let text): self = .string(text)
    case .number(let literal): self = .number(literal)
    case .bool(let flag): self = .bool(flag)
    case .null: self = .null
    default: self = .raw(json.jsonText)
    }
  }
}
