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
  /// The environment the key belongs to. Simulated keys are live keys: an OKX request carrying
  /// `x-simulated-trading: 1` is refused with 50101, as OKX refuses a live key on demo trading.
  public var environment: VenueEnvironment = .live

  public init(apiKey: String, secret: String, passphrase: String? = nil, venue: Venue, mode: AccountMode) {
    self.apiKey = apiKey
    self.secret = secret
    self.passphrase = passphrase
    self.venue = venue
    self.mode = mode
  }
}
