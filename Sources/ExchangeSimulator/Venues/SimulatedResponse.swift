import ExchangeModel
import Foundation

/// One HTTP response the simulator sends, independent of the HTTP server library.
struct SimulatedResponse: Sendable {
  var status: Int
  var headers: [(String, String)]
  /// The body; a JSON body made by `json(_:)` is written by `materialize()`.
  var body: String
  /// Held back this long before sending (the stalled-response fault).
  var delay: Duration?
  /// How the server garbles the sending of this response (slow, endless, reset, padded body, or
  /// invalid UTF-8); `nil` sends it as it is.
  var hostile: SimulatedFault?
  /// A JSON body not yet written.
  private var pendingJSON: JSONValue?

  init(status: Int = 200, headers: [(String, String)] = [], body: String, delay: Duration? = nil) {
    self.status = status
    self.headers = headers
    self.body = body
    self.delay = delay
  }

  /// A JSON response. Its text, and the figures of any `.deferred` part, are produced by
  /// `materialize()`, which the engine calls after it has released its lock.
  static func json(_ value: JSONValue, status: Int = 200, headers: [(String, String)] = []) -> SimulatedResponse {
    var response = SimulatedResponse(status: status, headers: [("Content-Type", "application/json")] + headers, body: "")
    response.pendingJSON = value
    return response
  }

  /// Writes a pending JSON body into `body`.
  mutating func materialize() {
    guard let json = pendingJSON else { return }
    body = json.text()
    pendingJSON = nil
  }
}
