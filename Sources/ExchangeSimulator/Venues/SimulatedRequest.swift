import Foundation

/// One HTTP request as the simulator sees it, independent of the HTTP server library.
struct SimulatedRequest: Sendable {
  var method: String
  /// The path without the query (`/api/v5/account/balance`).
  var path: String
  /// The raw query string exactly as received, without `?`; signatures cover these bytes.
  var query: String?
  /// Header names lower-cased.
  var headers: [String: String]
  var body: String

  init(method: String = "GET", path: String, query: String? = nil, headers: [String: String] = [:], body: String = "") {
    self.method = method
    self.path = path
    self.query = query
    self.headers = Dictionary(headers.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { _, last in last })
    self.body = body
  }

  /// The path with `?query` when there is one, as OKX signs it.
  var pathWithQuery: String {
    guard let query, !query.isEmpty else { return path }
    return path + "?" + query
  }

  /// Decoded query parameters (last value wins).
  var parameters: [String: String] {
    guard let query else { return [:] }
    var result: [String: String] = [:]
    for pair in query.split(separator: "&") {
      let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      let name = String(parts[0]).removingPercentEncoding ?? String(parts[0])
      let value = parts.count > 1 ? (String(parts[1]).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? "") : ""
      result[name] = value
    }
    return result
  }
}
