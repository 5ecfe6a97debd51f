import ExchangeKit
import ExchangeModel
import Foundation
import Synchronization

/// A transport that answers from a handler and records every request, for unit tests.
final class InMemoryTransport: HTTPTransport {
  private let handler: @Sendable (HTTPRequest) throws(ExchangeError) -> HTTPResponse
  private let log = Mutex<[HTTPRequest]>([])

  init(handler: @escaping @Sendable (HTTPRequest) throws(ExchangeError) -> HTTPResponse) {
    self.handler = handler
  }

  var requests: [HTTPRequest] { log.withLock { $0 } }

  func send(_ request: HTTPRequest) async throws(ExchangeError) -> HTTPResponse {
    log.withLock { $0.append(request) }
    return try handler(request)
  }
}

/// A clock that only moves when told to; `sleep` advances it instantly.
final class ManualClock: ExchangeClock {
  private let state: Mutex<(now: Date, slept: [Duration])>

  init(_ start: Date = Date(timeIntervalSince1970: 1_700_000_000)) {
    state = Mutex((start, []))
  }

  var slept: [Duration] { state.withLock { $0.slept } }

  func now() -> Date { state.withLock { $0.now } }

  func advance(_ seconds: TimeInterval) { state.withLock { $0.now = $0.now.addingTimeInterval(seconds) } }

  func sleep(for duration: Duration) async throws {
    state.withLock {
      $0.slept.append(duration)
      let parts = duration.components
      $0.now = $0.now.addingTimeInterval(TimeInterval(parts.seconds) + TimeInterval(parts.attoseconds) / 1e18)
    }
  }
}

extension HTTPRequest {
  /// The value of header `name` (case-insensitive).
  func header(_ name: String) -> String? {
    headers.first { $0.0.lowercased() == name.lowercased() }?.1
  }
}

extension HTTPResponse {
  static func json(_ text: String, status: Int = 200, headers: [String: String] = [:]) -> HTTPResponse {
    var all = headers
    all["content-type"] = "application/json"
    return HTTPResponse(status: status, headers: all, body: Data(text.utf8))
  }
}
