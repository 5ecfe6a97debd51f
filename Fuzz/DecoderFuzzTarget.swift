import ExchangeKit
import ExchangeModel
import Foundation

/// libFuzzer's entry point: one input through the JSON parser and every decoder of both venues.
///
/// Built by `scripts/fuzz.sh` with `swiftc -sanitize=fuzzer,address` from the sources it needs
/// (not through SwiftPM, so no dependency is rebuilt with sanitizers). Anything a decoder may do
/// with bad input is to throw; a trap or a sanitizer report is a bug. Crashing inputs found are
/// kept as regression tests in `Tests/ExchangeKitTests/FuzzRegressionTests.swift`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDecoders(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  let data = start.map { Data(bytes: $0, count: count) } ?? Data()
  DecoderFuzzTarget.run(data)
  return 0
}

/// What one fuzz input goes through.
enum DecoderFuzzTarget {
  static let fetchedAt = Date(timeIntervalSince1970: 1_700_000_000)

  static func run(_ data: Data) {
    if let parsed = try? JSONParser.parse(data) {
      // The writer's output of any parsed document must parse again, to the same value.
      let written = Data(parsed.jsonText.utf8)
      guard let again = try? JSONParser.parse(written), again == parsed else {
        fatalError("parsed JSON did not survive a round trip through jsonText")
      }
    }
    // One mode each: the mode only picks which fields are read, and every run counts.
    if let snapshot = try? OKXBalanceDecoder.decode(data, accountName: "fuzz", mode: .multiCurrencyMargin, fetchedAt: fetchedAt) {
      touch(snapshot)
    }
    if let snapshot = try? BybitWalletDecoder.decode(data, accountName: "fuzz", mode: .unified, fetchedAt: fetchedAt) {
      touch(snapshot)
    }
    _ = try? OKXConfigDecoder.decode(data)
    _ = try? BybitKeyInfoDecoder.decode(data)
    for venue in [Venue.okx, .bybit] {
      if let time = try? ServerTimeDecoder.decode(data, venue: venue) {
        _ = Timestamp.text(time)
      }
      _ = ErrorClassifier.classify(venue: venue, httpStatus: 429, contentType: "application/json", body: data)
    }
  }

  /// Reads what the views read from a snapshot, so a value that only breaks when shown is found.
  private static func touch(_ snapshot: AccountSnapshot) {
    _ = snapshot.exchangeTime.map(Timestamp.text)
    _ = Timestamp.text(snapshot.fetchedAt)
    for currency in snapshot.currencies {
      _ = currency.updatedAt.map(Timestamp.text)
      _ = [currency.equity, currency.equityUSD, currency.liabilities, currency.marginRatio].compactMap { $0?.fractionDigits }
      _ = TerminalText.escaped(currency.currency)
    }
  }
}
