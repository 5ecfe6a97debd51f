import ExchangeModel
import Foundation
import History
import Testing

#if canImport(Glibc)
  import Glibc
#endif

@testable import MargintopCLI

/// `margintop history` run as the real binary over a database written through the real store:
/// what it prints parses back to the rows the store holds.
@Suite struct HistoryCommandTests {
  static let start = Date(timeIntervalSince1970: 1_793_491_200)  // 2026-11-01T00:00:00Z

  /// A home whose state directory holds 50 hours of two accounts' refreshes at 30 s.
  static func populated() async throws -> (runner: BinaryRunner, store: HistoryStore, directory: String) {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("margintop-history-\(UUID().uuidString)").path
    let state = directory + "/state"
    let path = HistoryPaths.defaultDatabase(environment: ["XDG_STATE_HOME": state], home: directory)
    let clockTime = Date(timeIntervalSince1970: start.timeIntervalSince1970 + 50 * 3600)
    let store = try HistoryStore.open(path: path, clock: HistoryClock { clockTime }).store
    // Thousands of blocking writes on a thread of their own, not on the cooperative pool that
    // the other suites' async tests and deadlines run on.
    let skipped = try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Int, any Error>) in
      Thread.detachNewThread {
        #if os(Linux)
          // Nice 19 for this thread: the other suites' timing tests run meanwhile.
          // The thread id, from /proc/thread-self ("PID/task/TID"): Glibc does not export gettid.
          if let link = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/thread-self"),
            let tid = link.split(separator: "/").last.flatMap({ id_t($0) })
          {
            _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), tid, 19)
          }
        #endif
        continuation.resume(returning: Self.write(store))
      }
    }
    #expect(skipped == 0)
    let environment = ["HOME": directory, "XDG_STATE_HOME": state, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"]
    return (BinaryRunner(environment: environment, directory: directory), store, directory)
  }

  /// 50 hours of two accounts' refreshes at 30 s; returns how many were not written.
  private static func write(_ store: HistoryStore) -> Int {
    var skipped = 0
    for step in 0..<(50 * 120) {
      let at = start.addingTimeInterval(Double(step) * 30)
      for name in ["okx-main", "bybit, \"b\""] {
        let equity = Amount("\(1000 + step % 17).000000000000000001")
        let snapshot = AccountSnapshot(
          venue: .okx, accountName: name, mode: .multiCurrencyMargin, fetchedAt: at,
          totals: AccountTotals(
            equityUSD: equity, adjustedEquityUSD: equity, maintenanceMarginUSD: Amount("\(10 + step % 7).5"),
            marginRatio: Amount("\(50 + step % 11)")),
          currencies: [CurrencyBalance(currency: "USDT", equity: equity, liabilities: Amount("3.25"))])
        if !store.record(snapshot).isWritten { skipped += 1 }
      }
    }
    return skipped
  }

  @Test("--json and --csv print the store's rows, which parse back to the same values")
  func exportRoundTrip() async throws {
    let (runner, store, directory) = try await Self.populated()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let rows = try store.rows(HistoryQuery())
    #expect(rows.contains { $0.resolution == .minute } && rows.contains { $0.resolution == .refresh })

    let json = try await runner.run(["history", "--json"])
    #expect(json.status == 0, "\(json.stderr)")
    #expect(try HistoryExport.parseJSON(json.stdout) == rows)

    let csv = try await runner.run(["history", "--csv"])
    #expect(csv.status == 0, "\(csv.stderr)")
    #expect(try HistoryExport.parseCSV(csv.stdout) == rows)

    let plain = try await runner.run(["history"])
    #expect(plain.stdout == csv.stdout)
  }

  @Test("--account and --since select the rows")
  func selection() async throws {
    let (runner, store, directory) = try await Self.populated()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let since = "2026-11-03T01:00:00Z"
    let run = try await runner.run(["history", "--json", "--account", "bybit, \"b\"", "--since", since])
    #expect(run.status == 0, "\(run.stderr)")
    let rows = try HistoryExport.parseJSON(run.stdout)
    let sinceDate = try #require(HistorySince.parse(since, now: Date()))
    #expect(rows == (try store.rows(HistoryQuery(account: "bybit, \"b\"", since: sinceDate))))
    #expect(!rows.isEmpty && rows.allSatisfy { $0.account == "bybit, \"b\"" && $0.time >= "2026-11-03T01:00:00.000Z" })
  }

  @Test("a bad --since is a usage error; no database is an empty export with a note")
  func errors() async throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("margintop-history-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let runner = BinaryRunner(
      environment: ["HOME": directory, "XDG_STATE_HOME": directory + "/state", "PATH": "/usr/bin:/bin"], directory: directory)
    let bad = try await runner.run(["history", "--since", "yesterday"])
    #expect(bad.status == 2)  // margintop's status for bad usage
    #expect(bad.stderr.contains("--since"))
    let empty = try await runner.run(["history", "--json"])
    #expect(empty.status == 0)
    #expect(try HistoryExport.parseJSON(empty.stdout).isEmpty)
    #expect(empty.stderr.contains("no history recorded yet"))
    #expect(!FileManager.default.fileExists(atPath: directory + "/state/margintop/history.sqlite"))
  }

  @Test("--since reads durations back from now and UTC times")
  func since() {
    let now = Date(timeIntervalSince1970: 1_000_000)
    #expect(HistorySince.parse("90s", now: now) == Date(timeIntervalSince1970: 1_000_000 - 90))
    #expect(HistorySince.parse("48h", now: now) == Date(timeIntervalSince1970: 1_000_000 - 48 * 3600))
    #expect(HistorySince.parse("7d", now: now) == Date(timeIntervalSince1970: 1_000_000 - 7 * 86_400))
    #expect(HistorySince.parse("1.5m", now: now) == Date(timeIntervalSince1970: 1_000_000 - 90))
    #expect(HistorySince.parse("2026-11-01T00:00:00Z", now: now) == Self.start)
    #expect(HistorySince.parse("2026-11-01", now: now) == Self.start)
    for bad in ["", "d", "-3h", "3x", "1e3s", "yesterday", "2026-13-01"] {
      #expect(HistorySince.parse(bad, now: now) == nil, "\(bad)")
    }
  }

  @Test("history = false and history_max_bytes are read from the file")
  func configKeys() throws {
    let text = """
      history = false
      history_max_bytes = 10485760

      [[account]]
      name = "bybit-1"
      exchange = "bybit"
      api_key_env = "T_KEY"
      secret_env = "T_SECRET"
      """
    let loaded = try ConfigFixtureTests.parser.parse(text: text, file: "/tmp/config.toml", fileMode: 0o600)
    #expect(loaded.warnings.isEmpty)
    #expect(loaded.config.history == false)
    #expect(loaded.config.historyMaxBytes == 10_485_760)
    let defaults = try ConfigFixtureTests.parser.parse(
      text: "[[account]]\nname = \"b\"\nexchange = \"bybit\"\napi_key_env = \"T_KEY\"\nsecret_env = \"T_SECRET\"\n",
      file: "/tmp/config.toml", fileMode: 0o600)
    #expect(defaults.config.history)
    #expect(defaults.config.historyMaxBytes == HistorySettings.defaultSizeCapBytes)
  }
}
