import Alerting
import ExchangeKit
import ExchangeModel
import Foundation
import History

/// A validated configuration file: global settings and the accounts, with their secrets resolved.
struct MargintopConfig: Sendable {
  /// Default seconds between refreshes when the file does not say.
  static let defaultRefresh: Duration = .seconds(5)

  /// Time between refreshes of each account (`refresh`), before clamping to the venues' floor.
  var refresh: Duration
  /// Theme name (`theme`).
  var theme: String
  /// The terminal's background for theme cycling (`background`: `auto`, `dark` or `light`).
  var background = "auto"
  /// Start in privacy mode (`private`).
  var privacy: Bool
  /// Record each refresh in the history database (`history`).
  var history = true
  /// The history database's size cap in bytes (`history_max_bytes`).
  var historyMaxBytes = HistorySettings.defaultSizeCapBytes
  /// The `[[account]]` tables in file order.
  var accounts: [AccountConfig]
  /// The `[alerts]` table.
  var alerts: AlertsConfig

  init(
    refresh: Duration = MargintopConfig.defaultRefresh, theme: String = "default", privacy: Bool = false,
    accounts: [AccountConfig], alerts: AlertsConfig = AlertsConfig()
  ) {
    self.refresh = refresh
    self.theme = theme
    self.privacy = privacy
    self.accounts = accounts
    self.alerts = alerts
  }

  /// The alert rules for every account: `[alerts]`, and each account's own where it has them.
  var alertEngine: AlertEngine {
    var perAccount: [String: AlertSettings] = [:]
    for account in accounts { perAccount[account.name] = account.alerts }
    return AlertEngine(defaults: alerts.rules, perAccount: perAccount)
  }
}

/// One `[[account]]` table, validated.
struct AccountConfig: Sendable {
  var name: String
  var venue: Venue
  var environment: VenueEnvironment
  /// `base_url`; `nil` lets the client pick the venue's default for the environment.
  var baseURL: URL?
  /// Bybit `account_type` (upper case); `UNIFIED` by default.
  var accountType: String
  /// Currency filter (upper case); empty means every currency.
  var currencies: [String]
  var credentials: Credentials
  /// `[account.alerts]` merged over `[alerts]`; `nil` when the account has none of its own.
  var alerts: AlertSettings?

  init(
    name: String, venue: Venue, environment: VenueEnvironment = .live, baseURL: URL? = nil, accountType: String = "UNIFIED",
    currencies: [String] = [], credentials: Credentials, alerts: AlertSettings? = nil
  ) {
    self.alerts = alerts
    self.name = name
    self.venue = venue
    self.environment = environment
    self.baseURL = baseURL
    self.accountType = accountType
    self.currencies = currencies
    self.credentials = credentials
  }

  /// What ExchangeKit needs to build this account's client.
  var clientConfiguration: ClientConfiguration {
    ClientConfiguration(
      accountName: name, venue: venue, environment: environment, baseURL: baseURL, credentials: credentials,
      accountType: accountType, currencies: currencies)
  }
}
