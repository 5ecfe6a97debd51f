import Synchronization

/// Hands the bound port (or the failure to bind) from the server's task to `start`, once.
final class ServerStarted: Sendable {
  private let state = Mutex<(result: Result<Int, any Error>?, waiter: CheckedContinuation<Int, any Error>?)>((nil, nil))

  var port: Int {
    get async throws {
      try await withCheckedThrowingContinuation { continuation in
        let ready: Result<Int, any Error>? = state.withLock { state in
          if let result = state.result { return result }
          state.waiter = continuation
          return nil
        }
        if let ready { continuation.resume(with: ready) }
      }
    }
  }

  func finish(_ result: Result<Int, any Error>) {
    let waiter: CheckedContinuation<Int, any Error>? = state.withLock { state in
      guard state.result == nil else { return nil }
      state.result = result
      defer { state.waiter = nil }
      return state.waiter
    }
    waiter?.resume(with: result)
  }
}
