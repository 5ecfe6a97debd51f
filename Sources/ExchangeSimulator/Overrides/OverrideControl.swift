/// The control route for payload overrides: `POST /__simulator/overrides` adds one,
/// `DELETE /__simulator/overrides` clears them all.
///
/// Body: `{"venue":"okx","api_key":"sim-okx-mcm-0003","account":{"mgnRatio":"-2"},
/// "currency":"USDT","fields":{"twap":4},"duplicate_currency":"BTC"}` (see `PayloadOverride`).
struct OverrideControl {
  static let path = "/__simulator/overrides"

  let engine: SimulatorEngine

  /// A control request that could not be understood.
  struct Problem: Error {
    var message: String
  }

  func respond(_ request: SimulatedRequest) -> SimulatedResponse {
    switch request.method {
    case "DELETE":
      engine.clearOverrides()
      return reply(200, ok: true, "overrides cleared")
    case "POST":
      switch PayloadOverride.parse(request.body) {
      case .success(let payload):
        guard SimulatedAccounts.account(apiKey: payload.apiKey, venue: payload.venue) != nil else {
          return reply(404, ok: false, "no simulated \(payload.venue.rawValue) account has that api_key")
        }
        engine.addOverride(payload)
        return reply(200, ok: true, "override added")
      case .failure(let problem):
        return reply(400, ok: false, problem.message)
      }
    default:
      return reply(405, ok: false, "use POST or DELETE")
    }
  }

  private func reply(_ status: Int, ok: Bool, _ message: String) -> SimulatedResponse {
    .json(.object([("ok", .bool(ok)), ("message", .string(message))]), status: status)
  }
}
