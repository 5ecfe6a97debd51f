import ExchangeModel
import Foundation

/// Decodes the venues' server-time responses (`/api/v5/public/time`, `/v5/market/time`). Pure.
public enum ServerTimeDecoder {
  /// The server time in a response from `venue`. Throws `ExchangeError`: `.decode` when the time
  /// is missing, or lies outside `PlausibleTime` (a broken reply is not a clock offset).
  public static func decode(_ data: Data, venue: Venue) throws(ExchangeError) -> Date {
    let envelope = try Envelope.open(data, venue: venue)
    // `present`: the venue sent a time, so a time that is not plausible is out of range, not missing.
    let present: Bool
    let found: Date?
    switch venue {
    case .okx:
      let ts = try envelope.firstObject(venue: .okx)["ts"]
      present = ts?.scalarText != nil
      found = ts?.epochMilliseconds
    case .bybit:
      let result = try envelope.resultObject(venue: .bybit)
      if let nanos = result["timeNano"], nanos.scalarText != nil {
        present = true
        found = nanos.amount.flatMap { PlausibleTime.date($0, unitsPerSecond: 1_000_000_000) }
      } else if let time = envelope.time {
        present = true
        found = time
      } else {
        let seconds = result["timeSecond"]
        present = seconds?.scalarText != nil
        found = seconds?.amount.flatMap { PlausibleTime.date($0, unitsPerSecond: 1) }
      }
    }
    if let found, let time = PlausibleTime.checked(found) { return time }
    guard present else { throw ErrorClassifier.malformed(venue: venue, httpStatus: nil) }
    throw outOfRange(venue: venue)
  }

  /// A server time that is present but not a plausible instant.
  static func outOfRange(venue: Venue) -> ExchangeError {
    ExchangeError(
      kind: .decode,
      message: "\(venue.displayName) sent a server time outside 2015–2100; signing with the local clock instead")
  }
}
