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
      let name = SimulatedRequest.decoded(parts[0], plusIsSpace: false) ?? String(parts[0])
      let value = parts.count > 1 ? (SimulatedRequest.decoded(parts[1], plusIsSpace: true) ?? "") : ""
      result[name] = value
    }
    return result
  }

  /// A query component with `%XY` escapes (and `+`, in values) decoded; `nil` for a bad escape or
  /// bytes that are not UTF-8, as Foundation's `removingPercentEncoding` answers (which goes
  /// through NSString here, on every balance request).
  static func decoded(_ component: Substring, plusIsSpace: Bool) -> String? {
    let utf8 = component.utf8
    guard utf8.contains(where: { $0 == UInt8(ascii: "%") || (plusIsSpace && $0 == UInt8(ascii: "+")) }) else {
      return String(component)
    }
    var bytes: [UInt8] = []
    var index = utf8.startIndex
    while index < utf8.endIndex {
      let byte = utf8[index]
      if byte == UInt8(ascii: "%") {
        let high = utf8.index(after: index)
        guard high < utf8.endIndex, utf8.index(after: high) < utf8.endIndex,
          let h = hexValue(utf8[high]), let l = hexValue(utf8[utf8.index(after: high)])
        else { return nil }
        bytes.append(h << 4 | l)
        index = utf8.index(index, offsetBy: 3)
        continue
      }
      bytes.append(plusIsSpace && byte == UInt8(ascii: "+") ? UInt8(ascii: " ") : byte)
      index = utf8.index(after: index)
    }
    return String(validating: bytes, as: UTF8.self)
  }

  private static func hexValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
    default: nil
    }
  }
}
