import ExchangeModel

/// Sends HTTP requests. The real one uses AsyncHTTPClient; unit tests use an in-memory one.
public protocol HTTPTransport: Sendable {
  /// Sends `request` and returns the response, whatever its status; when there is none, the
  /// error says why (`.network`, `.timeout`, `.connectionReset`, `.tooLarge`, …).
  func send(_ request: TransportRequest) async throws(ExchangeError) -> TransportResponse
}
