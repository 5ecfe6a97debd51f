import ExchangeModel
import Foundation
import GRDB
import Testing

@testable import History

/// A bad file is moved aside and a fresh one started; a locked or full database skips the
/// write with a warning and the next write goes on.
@Suite("History faults")
struct FaultTests {
  @Test("garbage in the file: moved aside with a timestamp, a fresh database works")
  func corruptFile() throws {
    let directory = try TemporaryDirectory()
    let clock = TestClock(RetentionTests.start)
    try FileManager.default.createDirectory(
      atPath: (directory.database as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    let garbage = Data((0..<8192).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) })
    try garbage.write(to: URL(fileURLWithPath: directory.database))

    let opening = try HistoryStore.open(path: directory.database, clock: clock.historyClock)
    let aside = directory.database + ".corrupt-20261101T000000Z"
    #expect(opening.warnings.count == 1)
    #expect(opening.warnings.first?.contains("moved aside to \(aside)") == true)
    #expect(FileManager.default.contents(atPath: aside) == garbage)
    #expect(opening.store.record(SnapshotMaker.okx(account: "okx-main", at: clock.now, step: 1)) == .written)
    #expect(try opening.store.rows(HistoryQuery()).count == 1)
  }

  @Test("a real database whose header is overwritten is moved aside too")
  func damagedHeader() throws {
    let directory = try TemporaryDirectory()
    let clock = TestClock(RetentionTests.start)
    do {
      let store = try HistoryStore.open(path: directory.database, clock: clock.historyClock).store
      _ = SimulatedRun.write(store, clock: clock, accounts: ["a"], from: RetentionTests.start, duration: 600, interval: 5)
      // Everything into the main file, so the damage below is not masked by the WAL.
      try store.pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
      try store.pool.close()
    }
    let handle = try FileHandle(forUpdating: URL(fileURLWithPath: directory.database))
    try handle.write(contentsOf: Data(repeating: 0x41, count: 100))
    try handle.close()
    let reopened = try HistoryStore.open(path: directory.database, clock: clock.historyClock)
    #expect(reopened.warnings.count == 1)
    #expect(try reopened.store.rows(HistoryQuery()).isEmpty)
  }

  @Test("another process holding the write lock: the write is skipped with a warning, the next one goes in")
  func locked() throws {
    let directory = try TemporaryDirectory()
    let clock = TestClock(RetentionTests.start)
    let settings = HistorySettings(busyTimeout: .milliseconds(100))
    let store = try HistoryStore.open(path: directory.database, settings: settings, clock: clock.historyClock).store
    var configuration = Configuration()
    configuration.allowsUnsafeTransactions = true
    let other = try DatabaseQueue(path: directory.database, configuration: configuration)
    try other.inDatabase { db in try db.execute(sql: "BEGIN IMMEDIATE") }
    let result = store.record(SnapshotMaker.okx(account: "okx-main", at: clock.now, step: 1))
    #expect(result.warning?.contains("locked") == true)
    try other.inDatabase { db in try db.execute(sql: "COMMIT") }
    #expect(store.record(SnapshotMaker.okx(account: "okx-main", at: clock.now, step: 2)) == .written)
    #expect(try store.rows(HistoryQuery()).count == 1)
  }

  @Test("a full disk: writes are skipped with \"disk full\" and never throw")
  func diskFull() throws {
    let directory = try TemporaryDirectory()
    let clock = TestClock(RetentionTests.start)
    let store = try HistoryStore.open(path: directory.database, clock: clock.historyClock).store
    // SQLite's page limit answers SQLITE_FULL exactly as a full file system does.
    try store.pool.write { db in
      let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
      try db.execute(sql: "PRAGMA max_page_count = \(pages + 2)")
    }
    var results: [HistoryWriteResult] = []
    for step in 0..<400 {
      clock.advance(seconds: 5)
      results.append(store.record(SnapshotMaker.okx(account: "okx-main", at: clock.now, step: step)))
    }
    #expect(results.first == .written)
    let skipped = results.filter { !$0.isWritten }
    #expect(!skipped.isEmpty && skipped.allSatisfy { $0.warning?.contains("disk full") == true })
    let kept = try store.rows(HistoryQuery()).count
    #expect(kept == results.filter(\.isWritten).count)
    // Space again: the next refresh goes in.
    try store.pool.write { db in try db.execute(sql: "PRAGMA max_page_count = 1073741823") }
    clock.advance(seconds: 5)
    #expect(store.record(SnapshotMaker.okx(account: "okx-main", at: clock.now, step: 999)).isWritten)
    #expect(try store.rows(HistoryQuery()).count == kept + 1)
  }

  @Test("the default file follows XDG_STATE_HOME, and ~/.local/state without it")
  func paths() {
    #expect(HistoryPaths.defaultDatabase(environment: ["XDG_STATE_HOME": "/s/"], home: "/h") == "/s/margintop/history.sqlite")
    #expect(HistoryPaths.defaultDatabase(environment: ["XDG_STATE_HOME": "rel"], home: "/h") == "/h/.local/state/margintop/history.sqlite")
    #expect(HistoryPaths.defaultDatabase(environment: [:], home: "/h") == "/h/.local/state/margintop/history.sqlite")
  }
}

/// The accounts of one refresh go in one transaction, and fail together.
@Suite("History batched writes")
struct BatchTests {
  @Test("several snapshots are written in one call; a lock skips them all, naming each account")
  func batch() throws {
    let directory = try TemporaryDirectory()
    let clock = TestClock(RetentionTests.start)
    let settings = HistorySettings(busyTimeout: .milliseconds(100))
    let store = try HistoryStore.open(path: directory.database, settings: settings, clock: clock.historyClock).store
    let batch = ["a", "b", "c"].enumerated().map { SnapshotMaker.okx(account: $1, at: clock.now, step: $0) }
    #expect(store.record(batch) == .written)
    #expect(try store.rows(HistoryQuery()).map(\.account) == ["a", "b", "c"])
    var configuration = Configuration()
    configuration.allowsUnsafeTransactions = true
    let other = try DatabaseQueue(path: directory.database, configuration: configuration)
    try other.inDatabase { db in try db.execute(sql: "BEGIN IMMEDIATE") }
    let result = store.record(batch)
    try other.inDatabase { db in try db.execute(sql: "COMMIT") }
    #expect(result.warning?.contains("a, b, c") == true)
    #expect(try store.rows(HistoryQuery()).count == 3)
  }
}
