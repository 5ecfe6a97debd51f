import Synchronization

/// Keeps objects alive until the process exits (the simulator behind `--demo`).
enum ProcessLifetime {
  private static let kept = Mutex<[any Sendable]>([])

  /// Holds `object` for the rest of the process.
  static func keep(_ object: any Sendable) {
    kept.withLock { $0.append(object) }
  }
}
