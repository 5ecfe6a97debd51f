import ExchangeModel
import Foundation

/// Test credentials of one simulated account.
public struct SimulatedKey: Sendable, Hashable {
  /// The API key, sent in `OK-ACCESS-KEY` / `X-BAPI-API-KEY`.
  public var apiKey: String
  /// The HMAC secret; a fixed, documented test value.
  public var secret: String
  /// OKX only.
  public var passphrase: String?
  /// The venue the key belongs to.
  public var venue: Venue
  /// The account mode the key's account is in.
  public var mode: AccountMode
  /// The account's short name (`okx-mcm`, `bybit-isolated`): unique among the
  /// simulated accounts, where venue and mode are not (two Bybit accounts are UNIFIED).
  public var name: String
  /// The environment the key belongs to. Simulated keys are live keys: an OKX request carrying
  /// `x-simulated-trading: 1` is refused with 50101, as OKX refuses a live key on demo trading.
  public var environment: VenueEnvironment = .live

  /// A key of a simulated account, in the live environment; `name` defaults to venue and mode.
  public init(
    apiKey: String, secret: String, passphrase: String? = nil, venue: Venue, mode: AccountMode, name: String? = nil
  ) {
    self.name = name ?? "\(venue.rawValue)-\(SimulatedKey.tag(mode))"
    self.apiKey = apiKey
    self.secret = secret
    self.passphrase = passphrase
    self.venue = venue
    self.mode = mode
  }

  /// A mode as a short name part (`mcm` rather than `multi_currency_margin`), so tab labels fit.
  static func tag(_ mode: AccountMode) -> String {
    switch mode {
    case .multiCurrencyMargin: return "mcm"
    case .portfolioMargin: return "pm"
    default: return mode.rawValue
    }
  }
}
