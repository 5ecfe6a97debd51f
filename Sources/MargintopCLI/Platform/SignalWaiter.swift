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
///
/// The handlers are installed when the waiter is created, not when `wait()` is called: a caller
/// that announces itself (the simulator prints its URL) must create the waiter first, or a
/// signal sent right after the announcement would still kill the process. Creating it returns
/// only once libdispatch has registered every source: it does so later, on the source's queue,
/// and a signal sent between `SIG_IGN` and the registration would be lost.
final class SignalWaiter: Sendable {
  private struct State {
    var sources: [any DispatchSourceSignal] = []
    var continuation: CheckedContinuation<Int32, Never>?
    /// A signal that arrived before anyone waited.
    var received: Int32?
  }
  private let state = Mutex(State())
  private let queue = DispatchQueue(label: "margintop.signals")

  /// Installs the handlers for `signals`, and returns when they are in place (or after two
  /// seconds, should libdispatch never say so).
  init(signals: [Int32] = [SIGINT, SIGTERM]) {
    let registered = DispatchSemaphore(value: 0)
    state.withLock { state in
      for number in signals {
        // Ignore the default action (exit); libdispatch then delivers the signal to the source.
        signal(number, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
        source.setEventHandler { @Sendable [self] in self.fire(number) }
        source.setRegistrationHandler { registered.signal() }
        state.sources.append(source)
        source.resume()
      }
    }
    let deadline = DispatchTime.now() + 2
    for _ in signals { _ = registered.wait(timeout: deadline) }
  }

  /// Returns the number of the first signal to arrive (at once if one already has).
  func wait() async -> Int32 {
    await withCheckedContinuation { (continuation: CheckedContinuation<Int32, Never>) in
      let early: Int32? = state.withLock { state in
        if let received = state.received { return received }
        state.continuation = continuation
        return nil
      }
      if let early { continuation.resume(returning: early) }
    }
  }

  private func fire(_ number: Int32) {
    let continuation = state.withLock { state -> CheckedContinuation<Int32, Never>? in
      guard state.received == nil else { return nil }
      state.received = number
      for source in state.sources { source.cancel() }
      defer { state.continuation = nil }
      return state.continuation
    }
    continuation?.resume(returning: number)
  }
}
