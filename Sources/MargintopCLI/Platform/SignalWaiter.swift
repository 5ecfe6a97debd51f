import Dispatch
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Waits for SIGINT or SIGTERM without letting either kill the process, so the caller can shut down cleanly.
enum SignalWaiter {
  /// Returns the number of the first of `signals` to arrive.
  static func wait(for signals: [Int32] = [SIGINT, SIGTERM]) async -> Int32 {
    let waiter = Waiter()
    return await withCheckedContinuation { (continuation: CheckedContinuation<Int32, Never>) in
      waiter.start(signals, continuation: continuation)
    }
  }

  /// The signal sources and the continuation they resume exactly once.
  private final class Waiter: Sendable {
    private struct State {
      var sources: [any DispatchSourceSignal] = []
      var continuation: CheckedContinuation<Int32, Never>?
    }
    private let state = Mutex(State())
    private let queue = DispatchQueue(label: "margintop.signals")

    func start(_ signals: [Int32], continuation: CheckedContinuation<Int32, Never>) {
      state.withLock { state in
        state.continuation = continuation
        for number in signals {
          // Ignore the default action (exit); libdispatch then delivers the signal to the source.
          signal(number, SIG_IGN)
          let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
          source.setEventHandler { @Sendable [self] in self.fire(number) }
          state.sources.append(source)
          source.resume()
        }
      }
    }

    private func fire(_ number: Int32) {
      let continuation = state.withLock { state in
        defer { state.continuation = nil }
        for source in state.sources { source.cancel() }
        return state.continuation
      }
      continuation?.resume(returning: number)
    }
  }
}
