import Crypto
import ExchangeSimulator
import Foundation

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// Signs requests the way the venues document (in Swift, for tests that need a chosen timestamp)
/// and sends them to a simulator with URLSession.
struct WireClient {
  /// One answer as it came over the wire.
  struct Reply {
    var status: Int
    var headers: [String: String]
    var body: String

    /// The body parsed as a JSON object (empty when it is not JSON).
    var json: [String: Any] {
      (try? JSONSerialization.jsonObject(with: Data(body.utf8))) as? [String: Any] ?? [:]
    }
    /// OKX `code`.
    var okxCode: String? { json["code"] as? String }
    /// Bybit `retCode`.
    var bybitCode: Int? { json["retCode"] as? Int }
  }

  let base: URL
  /// Epoch milliseconds to sign with; `nil` uses the system clock.
  var signingMillis: Int64?

  /// Sends a signed OKX GET.
  func okx(_ key: SimulatedKey, _ path: String, query: String = "", extra: [String: String] = [:]) async throws -> Reply {
    let target = path + (query.isEmpty ? "" : "?" + query)
    let timestamp = WireClient.okxTimestamp(signingMillis ?? WireClient.nowMillis())
    let sign = Data(
      HMAC<SHA256>.authenticationCode(
        for: Data((timestamp + "GET" + target).utf8), using: SymmetricKey(data: Data(key.secret.utf8)))
    ).base64EncodedString()
    var headers = [
      "OK-ACCESS-KEY": key.apiKey, "OK-ACCESS-SIGN": sign, "OK-ACCESS-TIMESTAMP": timestamp,
      "OK-ACCESS-PASSPHRASE": key.passphrase ?? "",
    ]
    headers.merge(extra) { _, new in new }
    return try await get(target, headers: headers)
  }

  /// Sends a signed Bybit GET.
  func bybit(_ key: SimulatedKey, _ path: String, query: String = "") async throws -> Reply {
    let timestamp = String(signingMillis ?? WireClient.nowMillis())
    let origin = timestamp + key.apiKey + "5000" + query
    let sign = WireClient.bybitSignature(secret: key.secret, origin: origin)
    let headers = [
      "X-BAPI-API-KEY": key.apiKey, "X-BAPI-TIMESTAMP": timestamp, "X-BAPI-SIGN": sign, "X-BAPI-RECV-WINDOW": "5000",
    ]
    return try await get(path + (query.isEmpty ? "" : "?" + query), headers: headers)
  }

  /// Sends a request as given.
  func get(_ target: String, method: String = "GET", headers: [String: String] = [:], body: String? = nil)
    async throws -> Reply
  {
    guard let url = URL(string: base.absoluteString + target) else { throw URLError(.badURL) }
    var request = URLRequest(url: url)
    request.httpMethod = method
    request.timeoutInterval = 30
    for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
    if let body { request.httpBody = Data(body.utf8) }
    let (data, response) = try await URLSession.shared.data(for: request)
    let http = response as? HTTPURLResponse
    var replyHeaders: [String: String] = [:]
    for (name, value) in http?.allHeaderFields ?? [:] {
      replyHeaders[String(describing: name).lowercased()] = String(describing: value)
    }
    return Reply(status: http?.statusCode ?? 0, headers: replyHeaders, body: String(decoding: data, as: UTF8.self))
  }

  /// Bybit's signature: lower-case hex HMAC-SHA256 of the origin string.
  static func bybitSignature(secret: String, origin: String) -> String {
    HMAC<SHA256>.authenticationCode(for: Data(origin.utf8), using: SymmetricKey(data: Data(secret.utf8)))
      .map { String(format: "%02x", $0) }.joined()
  }

  static func nowMillis() -> Int64 { Int64(Date().timeIntervalSince1970 * 1000) }

  static func okxTimestamp(_ millis: Int64) -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.dateFormat = "yyyy-MM-dd'T'HH:mm:ss.SSS'Z'"
    return formatter.string(from: Date(timeIntervalSince1970: Double(millis) / 1000))
  }
}
