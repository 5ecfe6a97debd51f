import ExchangeModel
import Foundation
import Testing

@testable import History

/// JSON and CSV exports read back to the very rows the store gave: no figure is rounded, no
/// missing figure becomes zero, and awkward account names survive quoting.
@Suite("History export round trip")
struct ExportRoundTripTests {
  /// 49 hours at 20 s: both minute aggregates and refreshes, and an account named to need quoting.
  static func populated() async throws -> (TemporaryDirectory, HistoryStore, SimulatedRun) {
    let directory = try TemporaryDirectory()
    let clock = TestClock(RetentionTests.start)
    // Maintenance every half hour (the same folding, fewer passes), and once more at the end.
    let settings = HistorySettings(maintenanceInterval: .seconds(1800))
    let store = try HistoryStore.open(path: directory.database, settings: settings, clock: clock.historyClock).store
    let run = try await OffPool.run {
      SimulatedRun.write(
        store, clock: clock, accounts: ["okx-main", "desk \"b\", 2\nnight"], from: RetentionTests.start,
        duration: 49 * 3600, interval: 20)
    }
    #expect(store.maintain() == .written)
    return (directory, store, run)
  }

  @Test("JSON parses back to the same rows, minutes and refreshes alike")
  func json() async throws {
    let (_, store, _) = try await Self.populated()
    let rows = try store.rows(HistoryQuery())
    #expect(rows.contains { $0.resolution == .minute })
    #expect(rows.contains { $0.resolution == .refresh })
    let text = HistoryExport.json(rows)
    #expect(try HistoryExport.parseJSON(text) == rows)
    // Decimals are JSON strings, exactly as stored.
    #expect(rows.allSatisfy { row in row.equityUSD.map { text.contains("\"" + $0 + "\"") } == true })
    // One row a line, keyed by the CSV's column names in their order.
    let lines = text.split(separator: "\n")
    #expect(lines.count == rows.count + 2 && lines.first == "[" && lines.last == "]")
    let first = try #require(lines.dropFirst().first)
    #expect(first.hasPrefix(#"  {"time": ""#), "\(first)")
    #expect(first.range(of: #""resolution": "minute", "samples": [0-9]+, "level": "#, options: .regularExpression) != nil, "\(first)")
    #expect(first.contains(#""past_liquidation": false, "margin_usage": ""#), "\(first)")
    #expect(HistoryExport.json([]) == "[]\n")
    #expect(try HistoryExport.parseJSON("[]").isEmpty)
  }

  @Test("JSON that margintop did not write is refused, not misread")
  func foreignJSON() throws {
    for text in [#"{"time": "x"}"#, "[1]", #"[{"time": "t", "account": "a"}]"#, "not json",
      #"[{"time": "t", "account": "a", "venue": "okx", "resolution": "refresh", "samples": "1", "level": "ok", "worst_level": "ok", "past_liquidation": false}]"#]
    {
      #expect(throws: HistoryError.self, "\(text)") { try HistoryExport.parseJSON(text) }
    }
    let one = #"[{"time": "t", "account": "a", "venue": "okx", "resolution": "refresh", "samples": 1, "level": "ok", "worst_level": "ok", "past_liquidation": false, "equity_usd": "1.50"}]"#
    #expect(try HistoryExport.parseJSON(one).first?.equityUSD == "1.50")
  }

  @Test("CSV parses back to the same rows; an empty field is a missing figure")
  func csv() async throws {
    let (_, store, _) = try await Self.populated()
    var rows = try store.rows(HistoryQuery())
    rows[0].marginUsage = nil
    let text = HistoryExport.csv(rows)
    #expect(text.hasPrefix(HistoryExport.csvColumns.joined(separator: ",") + "\r\n"))
    #expect(try HistoryExport.parseCSV(text) == rows)
  }

  @Test("--account and --since select rows")
  func query() async throws {
    let (_, store, run) = try await Self.populated()
    let since = RetentionTests.start.addingTimeInterval(48 * 3600 + 30 * 60)
    let rows = try store.rows(HistoryQuery(account: "okx-main", since: since))
    let sinceText = Timestamp.text(since)
    let expected = run.written.filter { $0.account == "okx-main" && $0.milliseconds >= Int64(since.timeIntervalSince1970 * 1000) }
    #expect(rows.allSatisfy { $0.account == "okx-main" && $0.time >= sinceText })
    #expect(rows.filter { $0.resolution == .refresh }.map(\.equityUSD) == expected.map(\.equity))
  }

  @Test("CSV that margintop did not write is refused, not misread")
  func hostileCSV() {
    #expect(throws: HistoryError.self) { try HistoryExport.parseCSV("a,b\r\n1,2\r\n") }
    let header = HistoryExport.csvColumns.joined(separator: ",")
    #expect(throws: HistoryError.self) { try HistoryExport.parseCSV(header + "\r\n\"unclosed,1\r\n") }
    #expect(throws: HistoryError.self) { try HistoryExport.parseCSV(header + "\r\nx,y\r\n") }
  }
}
