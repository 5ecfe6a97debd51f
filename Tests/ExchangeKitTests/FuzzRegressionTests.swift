import ExchangeKit
import ExchangeModel
import Foundation
import Testing

/// Inputs that crashed the parser or a decoder (found by hand, in the issue's 2,400 mutations, or
/// by `scripts/fuzz.sh`), run through everything the fuzz target runs. Each must now be refused
/// with an error, or decoded, but never trap (issue #12).
@Suite struct FuzzRegressionTests {
  /// The crashing inputs, as bytes (some are not valid UTF-8).
  static let inputs: [(name: String, bytes: [UInt8])] = [
    ("member name with invalid UTF-8", Array(#"{"code":"0","data":[{"e"#.utf8) + [0xFF] + Array(#"q":"1"}],"msg":""}"#.utf8)),
    ("OKX ts past Int64", Array(#"{"code":"0","msg":"","data":[{"ts":"99999999999999999999"}]}"#.utf8)),
    ("OKX ts 1e30", Array(#"{"code":"0","msg":"","data":[{"ts":"1e30"}]}"#.utf8)),
    ("Bybit timeNano 1e32", Array(#"{"retCode":0,"retMsg":"OK","result":{"timeSecond":"1","timeNano":"1e32"},"time":1}"#.utf8)),
    ("Bybit time 1e30", Array(#"{"retCode":0,"retMsg":"OK","result":{},"time":1e30}"#.utf8)),
    ("uTime past Int64 in a balance", Array(#"{"code":"0","msg":"","data":[{"uTime":"99999999999999999999","details":[{"ccy":"BTC","eq":"1","uTime":"1e300"}]}]}"#.utf8)),
    ("repeated invalid name in a balance", Array(#"{"code":"0","msg":"","data":[{"details":[{"c"#.utf8) + [0xC3] + Array(#"y":"1","c"#.utf8) + [0xC3] + Array(#"y":"2"}]}]}"#.utf8)),
  ]

  @Test(arguments: inputs.indices)
  func aCrashingInputNoLongerCrashes(_ index: Int) throws {
    let data = Data(Self.inputs[index].bytes)
    let fetchedAt = Date(timeIntervalSince1970: 1_700_000_000)
    if let parsed = try? JSONParser.parse(data) {
      #expect(try JSONParser.parse(Data(parsed.jsonText.utf8)) == parsed)
    }
    if let snapshot = try? OKXBalanceDecoder.decode(data, accountName: "f", mode: .multiCurrencyMargin, fetchedAt: fetchedAt) {
      _ = snapshot.exchangeTime.map(Timestamp.text)
      for currency in snapshot.currencies { _ = currency.updatedAt.map(Timestamp.text) }
    }
    _ = try? BybitWalletDecoder.decode(data, accountName: "f", mode: .unified, fetchedAt: fetchedAt)
    _ = try? OKXConfigDecoder.decode(data)
    _ = try? BybitKeyInfoDecoder.decode(data)
    for venue in [Venue.okx, .bybit] {
      if let time = try? ServerTimeDecoder.decode(data, venue: venue) {
        #expect(time >= PlausibleTime.earliest && time <= PlausibleTime.latest)
        _ = ClockOffset(serverTime: time, sent: fetchedAt, received: fetchedAt)
      }
      _ = ErrorClassifier.classify(venue: venue, httpStatus: 429, contentType: nil, body: data)
    }
  }
}
