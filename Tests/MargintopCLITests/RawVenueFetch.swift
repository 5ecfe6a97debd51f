import ExchangeKit
import ExchangeModel
import ExchangeSimulator
import Foundation
import HTTPTypes

/// Fetches a simulated account's balance body with our own signed request, to compare the
/// snapshot with exactly what the venue served.
enum RawVenueFetch {
  /// The per-currency objects of the balance response, in the order served.
  static func currencies(_ key: SimulatedKey, baseURL: URL) async throws -> [RawFields] {
    let credentials = Credentials(apiKey: key.apiKey, secret: Secret(key.secret), passphrase: key.passphrase.map(Secret.init))
    let request: TransportRequest
    switch key.venue {
    case .okx:
      let path = "/api/v5/account/balance"
      let headers = OKXSigner(credentials: credentials).headers(timestamp: OKXSigner.timestamp(Date()), method: "GET", requestPath: path)
      request = TransportRequest(HTTPRequest(url: baseURL.appendingPathComponent(path), headerFields: headers), timeout: .seconds(5))
    case .bybit:
      let query = "accountType=UNIFIED"
      let headers = BybitSigner(credentials: credentials).headers(timestamp: BybitSigner.timestamp(Date()), queryString: query)
      guard let url = URL(string: baseURL.absoluteString + "/v5/account/wallet-balance?" + query) else { return [] }
      request = TransportRequest(HTTPRequest(url: url, headerFields: headers), timeout: .seconds(5))
    }
    let transport = AsyncHTTPTransport()
    defer { Task { try? await transport.shutdown() } }
    let body = try JSONParser.parse(try await transport.send(request).body)
    let list: RawField?
    switch key.venue {
    case .okx: list = body.member("data")?.first?.member("details")
    case .bybit: list = body.member("result")?.member("list")?.first?.member("coin")
    }
    guard case .array(let items)? = list else { return [] }
    return items.compactMap { if case .object(let fields) = $0 { fields } else { nil } }
  }
}

extension RawField {
  func member(_ name: String) -> RawField? {
    if case .object(let members) = self { members[name] } else { nil }
  }

  var first: RawField? {
    if case .array(let items) = self { items.first } else { nil }
  }
}
