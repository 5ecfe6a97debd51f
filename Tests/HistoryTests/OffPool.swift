import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Runs blocking work (thousands of SQLite writes) on a thread of its own: on Swift's
/// cooperative pool, which has one thread per core, it would stall every other suite's async
/// tests and their deadlines.
enum OffPool {
  static func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
      Thread.detachNewThread {
        lowerPriority()
        continuation.resume(with: Result { try work() })
      }
    }
  }

  /// Nice 19 for this thread alone (Linux nices threads one by one), so the other suites' timing
  /// tests, which run at the same time, get the cores first.
  static func lowerPriority() {
    #if os(Linux)
      // The thread id, from /proc/thread-self ("PID/task/TID"): Glibc does not export gettid.
      if let link = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/thread-self"),
        let tid = link.split(separator: "/").last.flatMap({ id_t($0) })
      {
        _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), tid, 19)
      }
    #endif
  }
}
