import ExchangeKit
import ExchangeModel
import ExchangeSimulator
import Foundation

/// Builds the exchange clients for the configured accounts or for the built-in simulator.
enum AccountClients {
  /// One client per configured account, all pacing through one `UserRequestPacers`, so keys of
  /// the same venue user share its limits. Throws `ConfigFailure` when ExchangeKit refuses an
  /// account's settings (for instance its base URL).
  static func make(_ config: MargintopConfig, file: String, transport: any HTTPTransport) throws(ConfigFailure)
    -> [any ExchangeClient]
  {
    let pacers = UserRequestPacers()
    var clients: [any ExchangeClient] = []
    var diagnostics: [ConfigDiagnostic] = []
    for account in config.accounts {
      do {
        clients.append(
          try ExchangeClients.make(
            account.clientConfiguration, transport: transport, clock: SystemExchangeClock(), pacers: pacers))
      } catch let error as ExchangeError {
        diagnostics.append(ConfigDiagnostic(file: file, account: "account \"\(account.name)\"", key: "base_url", problem: error.message))
      } catch {
        diagnostics.append(ConfigDiagnostic(file: file, account: "account \"\(account.name)\"", problem: "cannot build the client"))
      }
    }
    guard diagnostics.isEmpty else { throw ConfigFailure(diagnostics) }
    return clients
  }

  /// The simulator's accounts as configured accounts, named after the simulated account: one per
  /// simulated key, or only the four `--demo` shows (OKX multi-currency margin, which reaches
  /// critical, and Futures mode; Bybit unified in regular and in isolated margin, where risk is
  /// unknown), so the demo's episode shows every risk level.
  static func simulatorAccounts(_ server: SimulatorServer, all: Bool) -> [AccountConfig] {
    let keys = all ? server.keys : server.demoKeys
    return keys.map { key in
      AccountConfig(
        name: key.name, venue: key.venue,
        environment: .live, baseURL: server.baseURL,
        credentials: Credentials(apiKey: key.apiKey, secret: Secret(key.secret), passphrase: key.passphrase.map(Secret.init)))
    }
  }

  /// Every credential value of `config`, for the log redactor.
  static func secretValues(_ accounts: [AccountConfig]) -> [String] {
    accounts.flatMap { account in
      [account.credentials.apiKey, account.credentials.secret.reveal()] + (account.credentials.passphrase.map { [$0.reveal()] } ?? [])
    }
  }
}
