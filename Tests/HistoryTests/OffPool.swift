import Foundation

/// Runs blocking work (thousands of SQLite writes) on a thread of its own: on Swift's
/// cooperative pool, which has one thread per core, it would stall every other suite's async
/// tests and their deadlines.
enum OffPool {
  static func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
      Thread.detachNewThread { continuation.resume(with: Result { try work() }) }
    }
  }
}
