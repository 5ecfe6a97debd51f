import ExchangeModel
import ExchangeSimulator
import Foundation

/// What `simulate` prints: the simulator's address and its test credentials.
enum SimulatorBanner {
  /// One line: `{"base_url": …, "okx": {"api_key", "secret", "passphrase"}, "bybit": {"api_key", "secret"}}`.
  static func json(_ server: SimulatorServer) -> String {
    json(baseURL: server.baseURL, okx: server.okxKey, bybit: server.bybitKey)
  }

  static func json(baseURL: URL, okx: SimulatedKey, bybit: SimulatedKey) -> String {
    JSONValue.object([
      ("base_url", .string(baseURL.absoluteString)),
      ("okx", .object([("api_key", .string(okx.apiKey)), ("secret", .string(okx.secret)), ("passphrase", .string(okx.passphrase))])),
      ("bybit", .object([("api_key", .string(bybit.apiKey)), ("secret", .string(bybit.secret))])),
    ]).text(.spaced) + "\n"
  }

  /// The human-readable banner with every simulated account and a config snippet.
  static func text(_ server: SimulatorServer) -> String {
    var lines = ["margintop simulator listening on \(server.baseURL.absoluteString)", ""]
    for key in server.keys {
      lines.append("\(key.venue.displayName) \(key.mode.rawValue):")
      lines.append("  api_key     \(key.apiKey)")
      lines.append("  secret      \(key.secret)")
      if let passphrase = key.passphrase { lines.append("  passphrase  \(passphrase)") }
    }
    lines += [
      "", "These are test credentials of the simulator only. Use them with base_url = \"\(server.baseURL.absoluteString)\".",
      "Press Ctrl-C to stop.", "",
    ]
    return lines.joined(separator: "\n")
  }
}
