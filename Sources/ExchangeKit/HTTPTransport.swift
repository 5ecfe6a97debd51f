import ExchangeModel
import Foundation

/// One HTTP request as the clients build it.
public struct HTTPRequest: Sendable, Hashable {
  public var method: String
  /// The full URL, including the query string exactly as signed.
  public var url: URL
  public var headers: [(String, String)]
  public var body: Data?
  public var timeout: Duration

  public init(method: String = "GET", url: URL, headers: [(String, String)] = [], body: Data? = nil, timeout: Duration) {
    self.method = method
    self.url = url
    self.headers = headers
    self.body = body
    self.timeout = timeout
  }

  public static func == (a: HTTPRequest, b: HTTPRequest) -> Bool {
    a.method == b.method && a.url == b.url && a.body == b.body && a.timeout == b.timeout
      && a.headers.map { $0.0 + ":" + $0.1 } == b.headers.map { $0.0 + ":" + $0.1 }
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(method)
    hasher.combine(url)
  }
}

/// One HTTP response.
public struct HTTPResponse: Sendable {
  public var status: Int
  /// Header names lower-cased.
  public var headers: [String: String]
  public var body: Data

  public init(status: Int, headers: [String: String] = [:], body: Data) {
    self.status = status
    self.headers = headers
    self.body = body
  }
}

/// Sends HTTP requests. The real one uses AsyncHTTPClient; unit tests use an in-memory one.
public protocol HTTPTransport: Sendable {
  /// Sends `request` and returns the response, whatever its status; when there is none, the
  /// error says why (`.network`, `.timeout`, `.connectionReset`, `.tooLarge`, …).
  func send(_ request: HTTPRequest) async throws(ExchangeError) -> HTTPResponse
}
