import ExchangeModel
import Foundation

/// Everything needed to build a client for one configured account.
public struct ClientConfiguration: Sendable {
  /// The account's name from the configuration.
  public var accountName: String
  public var venue: Venue
  public var environment: VenueEnvironment
  /// REST base URL; `nil` picks the venue's default for the environment.
  /// Plain `http://` is refused unless the host is loopback.
  public var baseURL: URL?
  public var credentials: Credentials
  /// Bybit `accountType` (`UNIFIED`, `CONTRACT`, `SPOT`); ignored for OKX.
  public var accountType: String
  /// Optional currency filter; empty means every currency the venue returns.
  public var currencies: [String]
  /// Deadline for one HTTP request.
  public var requestTimeout: Duration

  public init(
    accountName: String, venue: Venue, environment: VenueEnvironment = .live, baseURL: URL? = nil,
    credentials: Credentials, accountType: String = "UNIFIED", currencies: [String] = [],
    requestTimeout: Duration = .seconds(5)
  ) {
    self.accountName = accountName
    self.venue = venue
    self.environment = environment
    self.baseURL = baseURL
    self.credentials = credentials
    self.accountType = accountType
    self.currencies = currencies
    self.requestTimeout = requestTimeout
  }
}
