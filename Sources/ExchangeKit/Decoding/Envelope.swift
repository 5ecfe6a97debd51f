import ExchangeModel
import Foundation

/// The success payload of a venue's response envelope, after the envelope code was checked.
///
/// OKX: `{"code":"0","msg":"","data":[…]}`; Bybit: `{"retCode":0,"retMsg":"OK","result":{…},"time":…}`.
/// The code is accepted as a string or a number. A non-zero code throws the classified
/// `ExchangeError`; anything that is not such an envelope throws `.decode`.
struct Envelope {
  /// OKX `data`, Bybit `result`.
  var payload: RawField
  /// Bybit's top-level `time`; `nil` for OKX.
  var time: Date?

  /// Parses and checks an envelope from `venue`, for a response with `httpStatus`.
  static func open(_ data: Data, venue: Venue, httpStatus: Int = 200) throws(ExchangeError) -> Envelope {
    let root: RawField
    do {
      root = try JSONParser.parse(data)
    } catch {
      throw ErrorClassifier.malformed(venue: venue, httpStatus: httpStatus)
    }
    guard let members = root.members else { throw ErrorClassifier.malformed(venue: venue, httpStatus: httpStatus) }
    let codeKey = venue == .okx ? "code" : "retCode"
    guard let code = members[codeKey]?.scalarText else {
      throw ErrorClassifier.malformed(venue: venue, httpStatus: httpStatus)
    }
    guard code == "0" else { throw ErrorClassifier.error(venue: venue, code: code, httpStatus: httpStatus) }
    switch venue {
    case .okx:
      return Envelope(payload: members["data"] ?? .array([]), time: nil)
    case .bybit:
      return Envelope(payload: members["result"] ?? .object([:]), time: members["time"]?.epochMilliseconds)
    }
  }

  /// The first object of OKX's `data` array.
  func firstObject(venue: Venue) throws(ExchangeError) -> RawFields {
    guard let first = payload.items?.first?.members else { throw ErrorClassifier.malformed(venue: venue, httpStatus: nil) }
    return first
  }

  /// Bybit's `result` object.
  func resultObject(venue: Venue) throws(ExchangeError) -> RawFields {
    guard let result = payload.members else { throw ErrorClassifier.malformed(venue: venue, httpStatus: nil) }
    return result
  }
}
