import ExchangeModel
import Foundation

/// Test credentials of one simulated account.
public struct SimulatedKey: Sendable, Hashable {
  public var apiKey: String
  public var secret: String
  /// OKX only.
  public var passphrase: String?
  public var venue: Venue
  public var mode: AccountMode

  public init(apiKey: String, secret: String, passphrase: String? = nil, venue: Venue, mode: AccountMode) {
    self.apiKey = apiKey
    self.secret = secret
    self.passphrase = passphrase
    self.venue = venue
    self.mode = mode
  }
}

/// How to start the simulator.
public struct SimulatorConfiguration: Sendable {
  /// Loopback address to bind.
  public var host: String
  /// 0 picks an ephemeral port.
  public var port: Int
  /// Seeds the price walks and risk episodes: same seed, same story.
  public var seed: UInt64

  public init(host: String = "127.0.0.1", port: Int = 0, seed: UInt64 = 42) {
    self.host = host
    self.port = port
    self.seed = seed
  }
}

/// A running simulated OKX and Bybit, both served from one HTTP server on loopback.
public final class SimulatorServer: Sendable {
  /// Base URL of the server, e.g. `http://127.0.0.1:50123`; both venues' paths are served under it.
  public var baseURL: URL { fatalError("not implemented yet") }
  /// The OKX account used by `--demo` (multi-currency margin).
  public var okxKey: SimulatedKey { fatalError("not implemented yet") }
  /// The Bybit UNIFIED account used by `--demo`.
  public var bybitKey: SimulatedKey { fatalError("not implemented yet") }
  /// Every simulated account: one OKX account per mode and the Bybit UNIFIED account.
  public var keys: [SimulatedKey] { fatalError("not implemented yet") }

  /// Starts the server and returns once it accepts connections.
  public static func start(_ configuration: SimulatorConfiguration = .init()) async throws -> SimulatorServer {
    fatalError("not implemented yet")
  }

  /// Stops the server.
  public func shutdown() async {}
}
