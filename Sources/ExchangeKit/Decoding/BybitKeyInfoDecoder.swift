import ExchangeModel
import Foundation

/// Decodes Bybit `GET /v5/user/query-api`. Pure.
///
/// Read-only is decided from `readOnly` alone: Bybit still lists trade permissions on read-only keys.
public enum BybitKeyInfoDecoder {
  /// Permission groups whose entries let a key place orders.
  static let tradingGroups = ["ContractTrade", "Spot", "Options", "Derivatives", "CopyTrading", "BlockTrade", "Exchange"]

  /// The key information in one query-api response; `accountType` gives the mode of a non-unified account.
  /// Throws `ExchangeError`.
  public static func decode(_ data: Data, accountType: String = "UNIFIED") throws(ExchangeError) -> KeyInfo {
    let result = try Envelope.open(data, venue: .bybit).resultObject(venue: .bybit)
    let readOnly = result["readOnly"]?.boolean ?? false
    let permissions = result["permissions"]?.members ?? [:]
    let granted: (String) -> [String] = { group in permissions[group]?.items?.compactMap(\.scalarText) ?? [] }
    let canTrade = !readOnly && tradingGroups.contains { !granted($0).isEmpty }
    let canWithdraw = !readOnly && granted("Wallet").contains("Withdraw")
    // `*` is how Bybit reports a key bound to no IP.
    let ips = (result["ips"]?.items ?? []).compactMap(\.scalarText).filter { $0 != "*" }
    let unified = result["uta"]?.integer == 1 || result["unified"]?.integer == 1
    return KeyInfo(
      mode: unified ? .unified : BybitWalletDecoder.mode(accountType: accountType),
      canTrade: canTrade, canWithdraw: canWithdraw, readOnly: readOnly, boundIPs: ips,
      label: result["note"]?.scalarText, userID: result["userID"]?.scalarText)
  }
}
