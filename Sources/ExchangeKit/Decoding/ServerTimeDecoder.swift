import ExchangeModel
import Foundation

/// Decodes the venues' server-time responses (`/api/v5/public/time`, `/v5/market/time`). Pure.
public enum ServerTimeDecoder {
  /// The server time in a response from `venue`. Throws `ExchangeError`.
  public static func decode(_ data: Data, venue: Venue) throws(ExchangeError) -> Date {
    let envelope = try Envelope.open(data, venue: venue)
    switch venue {
    case .okx:
      if let time = try envelope.firstObject(venue: .okx)["ts"]?.epochMilliseconds { return time }
    case .bybit:
      let result = try envelope.resultObject(venue: .bybit)
      if let nanos = result["timeNano"]?.amount, !nanos.isNegative {
        return Date(timeIntervalSince1970: NSDecimalNumber(decimal: nanos.value / 1_000_000_000).doubleValue)
      }
      if let time = envelope.time { return time }
      if let seconds = result["timeSecond"]?.integer { return Date(timeIntervalSince1970: TimeInterval(seconds)) }
    }
    throw ErrorClassifier.malformed(venue: venue, httpStatus: nil)
  }
}
