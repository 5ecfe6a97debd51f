import ExchangeModel
import Foundation

/// The rules over every account of a session: each account's state and settings, one call per
/// observation. A value type: the owner keeps it and replaces it with what `observe` leaves.
public struct AlertEngine: Sendable {
  /// The `[alerts]` settings, for accounts without their own.
  public var defaults: AlertSettings
  /// Settings per account name (`[account.alerts]` merged over `[alerts]`).
  public var perAccount: [String: AlertSettings]
  public private(set) var accounts: [String: AccountAlertState] = [:]

  public init(defaults: AlertSettings = AlertSettings(), perAccount: [String: AlertSettings] = [:]) {
    self.defaults = defaults
    self.perAccount = perAccount
  }

  /// The settings that apply to `account`.
  public func settings(for account: String) -> AlertSettings { perAccount[account] ?? defaults }

  /// Evaluates one refresh of one account made at `now`; returns the alerts it raises.
  public mutating func observe(_ observation: AccountObservation, account: String, exchange: Venue, now: Date) -> [Alert] {
    let (state, alerts) = AlertEvaluator.evaluate(
      accounts[account] ?? AccountAlertState(), observation: observation, account: account, exchange: exchange,
      settings: settings(for: account), now: now)
    accounts[account] = state
    return alerts
  }
}
