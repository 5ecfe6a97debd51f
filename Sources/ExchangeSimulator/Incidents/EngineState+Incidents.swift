import ExchangeModel

extension EngineState {
  /// The scripted incident of the account holding `apiKey` at `step`; `nil` unless the
  /// simulator plays the script.
  func incident(step: Int, apiKey: String) -> Incident? {
    incidents ? IncidentScript.incident(step: step, apiKey: apiKey) : nil
  }

  /// The payload overrides of one account's balance: those set on command, then the
  /// incident's fields, if any, on top.
  func overrides(venue: Venue, apiKey: String, step: Int) -> AccountOverride? {
    guard case .fields(let payload)? = incident(step: step, apiKey: apiKey) else {
      return overrides.merged(venue: venue, apiKey: apiKey)
    }
    var book = overrides
    book.add(payload)
    return book.merged(venue: venue, apiKey: apiKey)
  }
}
