import Foundation

/// One HTTP response the simulator sends, independent of the HTTP server library.
struct SimulatedResponse: Sendable {
  var status: Int
  var headers: [(String, String)]
  var body: String
  /// Held back this long before sending (the stalled-response fault).
  var delay: Duration?

  init(status: Int = 200, headers: [(String, String)] = [], body: String, delay: Duration? = nil) {
    self.status = status
    self.headers = headers
    self.body = body
    self.delay = delay
  }

  /// A JSON response.
  static func json(_ value: JSONValue, status: Int = 200, headers: [(String, String)] = []) -> SimulatedResponse {
    SimulatedResponse(status: status, headers: [("Content-Type", "application/json")] + headers, body: value.text)
  }
}
