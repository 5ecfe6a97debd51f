import ExchangeKit
import ExchangeModel

/// The HTTP transport the command line hands to every client.
enum Transports {
  /// The process's transport.
  static func make() -> any HTTPTransport {
    UnavailableTransport()
  }
}

/// Stands in until ExchangeKit's AsyncHTTPClient transport is merged: every request fails as a network error.
struct UnavailableTransport: HTTPTransport {
  func send(_ request: HTTPRequest) async throws -> HTTPResponse {
    throw ExchangeError(kind: .network, message: "no HTTP transport in this build")
  }
}
