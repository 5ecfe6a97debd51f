import Foundation

#if canImport(Glibc)
  import Glibc
#endif
import Testing

@testable import History

/// A writer killed with SIGKILL in the middle of its refreshes: the database opens as it was,
/// with every committed refresh and at most the one in flight lost.
@Suite("History survives a killed writer")
struct KillMidWriteTests {
  /// The benchmark tool beside the test bundle, which writes until killed in `--forever` mode.
  static var writer: URL {
    URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("HistoryBenchmark")
  }

  @Test("SIGKILL mid-write: the file opens without being moved aside and at most the last refresh is lost")
  func killMidWrite() async throws {
    let directory = try TemporaryDirectory()
    try #require(FileManager.default.isExecutableFile(atPath: Self.writer.path), "build HistoryBenchmark first")
    var committed = 0
    for round in 0..<3 {
      let outPath = directory.path + "/out-\(round)"
      _ = FileManager.default.createFile(atPath: outPath, contents: nil)
      let process = Process()
      process.executableURL = Self.writer
      process.arguments = ["--path", directory.database, "--forever", "--currencies", "20"]
      process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
      process.standardError = FileHandle.nullDevice
      try process.run()
      // Let it commit a few hundred refreshes, then kill it wherever it is.
      let started = ContinuousClock.now
      while Self.lastCommitted(outPath) < 200, ContinuousClock.now - started < .seconds(60) {
        try await Task.sleep(for: .milliseconds(Int.random(in: 5...25)))
      }
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
      #expect(process.terminationReason == .uncaughtSignal)
      committed += Self.lastCommitted(outPath)
    }
    #expect(committed >= 600)

    let opening = try HistoryStore.open(path: directory.database, clock: HistoryClock { Date(timeIntervalSince1970: 1_793_491_200) })
    #expect(opening.warnings.isEmpty)
    // Refreshes older than 48 hours of the writer's simulated time are folded into minutes,
    // which count the refreshes they hold.
    let refreshes = try opening.store.rows(HistoryQuery()).reduce(0) { $0 + $1.samples }
    // What a writer printed was committed; each killed writer may have committed one more.
    #expect(refreshes >= committed)
    #expect(refreshes <= committed + 3)
    let check = try await opening.store.pool.read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") }
    #expect(check == "ok")
  }

  /// The count of the last whole `written N` line (a line cut by the kill does not count).
  static func lastCommitted(_ path: String) -> Int {
    let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    lines.removeLast()  // after the last newline: empty, or a cut line
    return lines.last(where: { $0.hasPrefix("written ") }).flatMap { Int($0.dropFirst(8)) } ?? 0
  }
}
