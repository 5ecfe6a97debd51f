import ExchangeModel
import Foundation
import History
import Logging
import Testing

@testable import MargintopCLI

/// The dashboard's recorder writes off the caller's queue and loses nothing it was handed.
@Suite struct HistoryRecorderTests {
  @Test("snapshots handed to the recorder are all in the database after a flush")
  func recordsEverySnapshot() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("margintop-recorder-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let start = Date(timeIntervalSince1970: 1_793_491_200)
    let store = try HistoryStore.open(path: directory + "/history.sqlite", clock: HistoryClock { start }).store
    let recorder = HistoryRecorder(store: store, logger: Logger(label: "test"))
    for step in 0..<50 {
      for name in ["okx-main", "bybit-main", "okx-sub"] {
        recorder.record(
          AccountSnapshot(
            venue: .okx, accountName: name, mode: .multiCurrencyMargin, fetchedAt: start.addingTimeInterval(Double(step)),
            totals: AccountTotals(equityUSD: Amount("\(step).5")), currencies: []))
      }
    }
    recorder.flush()
    let rows = try store.rows(HistoryQuery())
    #expect(rows.count == 150)
    #expect(rows.filter { $0.account == "okx-sub" }.map(\.equityUSD) == (0..<50).map { "\($0).5" })
  }
}
