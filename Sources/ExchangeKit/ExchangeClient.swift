import ExchangeModel
import Foundation

/// What a key may do and which account it sees, as the venue reports it.
public struct KeyInfo: Sendable, Hashable {
  public var mode: AccountMode
  /// The key can place orders.
  public var canTrade: Bool
  /// The key can withdraw funds.
  public var canWithdraw: Bool
  /// The venue's own read-only flag (Bybit `readOnly`; OKX `perm == "read_only"`).
  public var readOnly: Bool
  /// IPs the key is bound to; empty when unbound.
  public var boundIPs: [String]
  /// The key's label or note, if any.
  public var label: String?
  /// The venue's user id the key belongs to, if reported.
  public var userID: String?

  public init(
    mode: AccountMode, canTrade: Bool, canWithdraw: Bool, readOnly: Bool, boundIPs: [String] = [],
    label: String? = nil, userID: String? = nil
  ) {
    self.mode = mode
    self.canTrade = canTrade
    self.canWithdraw = canWithdraw
    self.readOnly = readOnly
    self.boundIPs = boundIPs
    self.label = label
    self.userID = userID
  }
}

/// A signed REST client for one account on one venue.
public protocol ExchangeClient: BalanceSource {
  /// Reads the key's permissions and the account mode (`check`).
  func fetchKeyInfo() async throws(ExchangeError) -> KeyInfo
  /// Measures the offset between the local clock and the venue's.
  func synchronizeClock() async throws(ExchangeError) -> Duration
}
