import Synchronization

/// Hands the bound port from the server's start-up callback to `SimulatorServer.start`, once.
final class StartSignal: Sendable {
  private enum State {
    case waiting([CheckedContinuation<Int, any Error>])
    case done(Result<Int, any Error>)
  }

  private let state = Mutex(State.waiting([]))

  /// The port once the server listens; throws if it failed to start.
  var value: Int {
    get async throws {
      try await withCheckedThrowingContinuation { continuation in
        let ready: Result<Int, any Error>? = state.withLock { state in
          switch state {
          case .waiting(let list):
            state = .waiting(list + [continuation])
            return nil
          case .done(let result):
            return result
          }
        }
        if let ready { continuation.resume(with: ready) }
      }
    }
  }

  func succeed(_ port: Int) { finish(.success(port)) }
  func fail(_ error: any Error) { finish(.failure(error)) }

  private func finish(_ result: Result<Int, any Error>) {
    let waiting: [CheckedContinuation<Int, any Error>] = state.withLock { state in
      guard case .waiting(let list) = state else { return [] }
      state = .done(result)
      return list
    }
    for continuation in waiting { continuation.resume(with: result) }
  }
}
