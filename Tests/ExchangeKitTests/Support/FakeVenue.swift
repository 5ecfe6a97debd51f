import ExchangeKit
import ExchangeModel
import Foundation
import Synchronization

/// Canned venue answers by path, for in-memory client tests; unknown paths answer 404.
final class FakeVenue: Sendable {
  private let routes: Mutex<[String: [TransportResponse]]>

  init(_ routes: [String: [TransportResponse]] = [:]) {
    self.routes = Mutex(routes)
  }

  /// Queues `responses` for `path`; the last one repeats.
  func on(_ path: String, _ responses: TransportResponse...) {
    routes.withLock { $0[path] = responses }
  }

  func respond(_ request: TransportRequest) -> TransportResponse {
    routes.withLock { routes in
      guard var queue = routes[request.route], let first = queue.first else {
        return TransportResponse(status: 404, body: Data())
      }
      if queue.count > 1 {
        queue.removeFirst()
        routes[request.route] = queue
      }
      return first
    }
  }

  static let okxTime = TransportResponse.json(#"{"code":"0","msg":"","data":[{"ts":"1700000005000"}]}"#)
  static let bybitTime = TransportResponse.json(
    #"{"retCode":0,"retMsg":"OK","result":{"timeSecond":"1700000005","timeNano":"1700000005000000000"},"time":1700000005000}"#)
}
