import Alerting
import ExchangeKit
import ExchangeModel
import Foundation
import TOMLKit

extension ParseContext {
  /// Reads one `[[account]]` table (the `number`th), its `[account.alerts]` over `alertDefaults`;
  /// `nil` when it has errors.
  mutating func readAccount(_ table: TOMLTable, number: Int, alertDefaults: AlertSettings = AlertSettings()) -> AccountConfig? {
    let before = errorCount
    var label = "account #\(number)"
    var name: String?
    if let value = table["name"] {
      if let s = string(value, account: label, key: "name") {
        if s.trimmingCharacters(in: .whitespaces).isEmpty {
          error(label, "name", "must not be empty")
        } else if TerminalText.hasControlCharacters(s) {
          // Names are shown on screen, in logs and in every message about the account.
          error(label, "name", "must not contain control characters (escape sequences, tabs or line breaks)")
        } else {
          name = s
          label = "account \"\(s)\""
        }
      }
    } else {
      error(label, "name", "missing (every account needs a unique name)")
    }
    for key in table.keys.sorted() where !ConfigParser.accountKeys.contains(key) {
      warning(label, key, "unknown key (ignored)")
    }

    let venue = readVenue(table, label: label)
    let environment = readEnvironment(table, label: label, venue: venue)
    let baseURL = readBaseURL(table, label: label)
    let accountType = readAccountType(table, label: label, venue: venue)
    let currencies = readCurrencies(table, label: label)
    let credentials = venue.flatMap { readCredentials(table, label: label, venue: $0) }
    let alerts = table["alerts"].flatMap { readAccountAlerts($0, label: label, base: alertDefaults) }

    guard errorCount == before, let name, let venue, let credentials else { return nil }
    return AccountConfig(
      name: name, venue: venue, environment: environment ?? .live, baseURL: baseURL, accountType: accountType,
      currencies: currencies, credentials: credentials, alerts: alerts)
  }

  private mutating func readVenue(_ table: TOMLTable, label: String) -> Venue? {
    guard let value = table["exchange"] else {
      error(label, "exchange", "missing (expected okx or bybit)")
      return nil
    }
    guard let s = string(value, account: label, key: "exchange") else { return nil }
    guard let venue = Venue(rawValue: s.lowercased()) else {
      error(label, "exchange", "unknown exchange \"\(s)\" (expected okx or bybit)")
      return nil
    }
    return venue
  }

  private mutating func readEnvironment(_ table: TOMLTable, label: String, venue: Venue?) -> VenueEnvironment? {
    guard let value = table["environment"] else { return .live }
    guard let s = string(value, account: label, key: "environment") else { return nil }
    let allowed: [VenueEnvironment] = venue == .okx ? [.live, .demo] : [.live, .demo, .testnet]
    guard let environment = VenueEnvironment(rawValue: s.lowercased()), allowed.contains(environment) else {
      let expected = allowed.map(\.rawValue).joined(separator: ", ")
      let venueName = venue?.displayName ?? "this exchange"
      error(label, "environment", "unknown environment \"\(s)\" for \(venueName) (expected \(expected))")
      return nil
    }
    return environment
  }

  private mutating func readBaseURL(_ table: TOMLTable, label: String) -> URL? {
    guard let value = table["base_url"], let s = string(value, account: label, key: "base_url") else { return nil }
    guard let url = URL(string: s), let scheme = url.scheme?.lowercased(), scheme == "https" || scheme == "http",
      let host = url.host, !host.isEmpty
    else {
      error(label, "base_url", "not an http(s) URL: \"\(s)\"")
      return nil
    }
    if url.user != nil || url.password != nil {
      error(label, "base_url", "must not contain a user name or password")
      return nil
    }
    if scheme == "http" && !BaseURL.isLoopback(host) {
      error(label, "base_url", "plain http is only allowed for loopback hosts; use https://\(host)")
      return nil
    }
    return url
  }

  private mutating func readAccountType(_ table: TOMLTable, label: String, venue: Venue?) -> String {
    guard let value = table["account_type"] else { return "UNIFIED" }
    guard let s = string(value, account: label, key: "account_type") else { return "UNIFIED" }
    if venue == .okx {
      warning(label, "account_type", "Bybit only (ignored for OKX; OKX reports the account mode itself)")
      return "UNIFIED"
    }
    let upper = s.uppercased()
    guard ConfigParser.bybitAccountTypes.contains(upper) else {
      error(label, "account_type", "unknown account type \"\(s)\" (expected UNIFIED, CONTRACT or SPOT)")
      return "UNIFIED"
    }
    return upper
  }

  private mutating func readCurrencies(_ table: TOMLTable, label: String) -> [String] {
    guard let value = table["currencies"] else { return [] }
    guard let array = value.array else {
      error(label, "currencies", "expected an array of strings like [\"BTC\", \"USDT\"], found \(Self.typeName(value.type))")
      return []
    }
    var out: [String] = []
    for item in array {
      guard let s = item.string, !s.isEmpty, s.allSatisfy({ $0.isLetter || $0.isNumber }) else {
        error(label, "currencies", "expected currency codes like \"BTC\", found \(item.string.map { "\"\($0)\"" } ?? Self.typeName(item.type))")
        return []
      }
      out.append(s.uppercased())
    }
    return out
  }
}
