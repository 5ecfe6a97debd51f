import ExchangeKit

/// The HTTP transport the command line hands to every client.
enum Transports {
  /// The process's transport: one AsyncHTTPClient pool, never shut down (the process exits instead).
  static func make() -> any HTTPTransport {
    AsyncHTTPTransport.shared
  }
}
