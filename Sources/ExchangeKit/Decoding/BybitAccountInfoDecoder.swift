import ExchangeModel
import Foundation

/// Decodes Bybit `GET /v5/account/info` into the account's margin mode. Pure.
public enum BybitAccountInfoDecoder {
  /// The margin mode and unified-account status in one account-info response. An unrecognised
  /// `marginMode` is kept as unknown with the reason, never guessed. Throws `ExchangeError`.
  public static func decode(_ data: Data) throws(ExchangeError) -> MarginInfo {
    let result = try Envelope.open(data, venue: .bybit).resultObject(venue: .bybit)
    var reader = FieldReader(result)
    let status = reader.level("unifiedMarginStatus", in: 0...99)
    guard let text = result["marginMode"]?.scalarText else {
      return MarginInfo(unifiedMarginStatus: status, unavailableReason: "account info has no marginMode")
    }
    guard let mode = MarginMode(rawValue: text) else {
      return MarginInfo(unifiedMarginStatus: status, unavailableReason: "unrecognised marginMode")
    }
    return MarginInfo(marginMode: mode, unifiedMarginStatus: status)
  }
}
