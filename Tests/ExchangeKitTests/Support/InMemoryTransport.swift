import ExchangeKit
import ExchangeModel
import Foundation
import HTTPTypes
import Synchronization

/// A transport that answers from a handler and records every request, for unit tests.
final class InMemoryTransport: HTTPTransport {
  private let handler: @Sendable (TransportRequest) throws(ExchangeError) -> TransportResponse
  private let log = Mutex<[TransportRequest]>([])

  init(handler: @escaping @Sendable (TransportRequest) throws(ExchangeError) -> TransportResponse) {
    self.handler = handler
  }

  var requests: [TransportRequest] { log.withLock { $0 } }

  func send(_ request: TransportRequest) async throws(ExchangeError) -> TransportResponse {
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

extension TransportRequest {
  /// The request path without its query string.
  var route: String { String((head.path ?? "").prefix { $0 != "?" }) }

  /// The query string as sent, without its `?`; `nil` when there is none.
  var query: String? {
    guard let path = head.path, let mark = path.firstIndex(of: "?") else { return nil }
    return String(path[path.index(after: mark)...])
  }
}

extension TransportResponse {
  /// A response of `status` with `body`.
  init(status: Int, headerFields: HTTPFields = [:], body: Data) {
    self.init(HTTPResponse(status: .init(code: status), headerFields: headerFields), body: body)
  }

  /// A JSON response of `status`.
  static func json(_ text: String, status: Int = 200, headerFields: HTTPFields = [:]) -> TransportResponse {
    var all = headerFields
    all[.contentType] = "application/json"
    return TransportResponse(status: status, headerFields: all, body: Data(text.utf8))
  }
}

extension HTTPField.Name {
  /// Bybit's budget per window, which the clients do not read (the remaining count is enough).
  static let bybitLimit = HTTPField.Name("X-Bapi-Limit")!
}
