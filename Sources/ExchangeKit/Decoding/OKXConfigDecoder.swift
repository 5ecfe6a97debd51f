import ExchangeModel
import Foundation

/// Decodes OKX `GET /api/v5/account/config`: the account mode (`acctLv`) and the key's rights (`perm`). Pure.
public enum OKXConfigDecoder {
  /// The key information in one config response. Throws `ExchangeError`.
  public static func decode(_ data: Data) throws(ExchangeError) -> KeyInfo {
    let config = try Envelope.open(data, venue: .okx).firstObject(venue: .okx)
    let permissions = Set(
      (config["perm"]?.scalarText ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
    let ips = (config["ip"]?.scalarText ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
    return KeyInfo(
      mode: mode(acctLv: config["acctLv"]?.integer),
      canTrade: permissions.contains("trade"),
      canWithdraw: permissions.contains("withdraw"),
      readOnly: permissions == ["read_only"],
      boundIPs: ips.filter { !$0.isEmpty },
      label: config["label"]?.scalarText,
      userID: config["uid"]?.scalarText)
  }

  /// OKX `acctLv` 1–4 as the account mode; anything else is `.unknown`.
  public static func mode(acctLv: Int?) -> AccountMode {
    switch acctLv {
    case 1: return .spot
    case 2: return .futures
    case 3: return .multiCurrencyMargin
    case 4: return .portfolioMargin
    default: return .unknown
    }
  }
}
