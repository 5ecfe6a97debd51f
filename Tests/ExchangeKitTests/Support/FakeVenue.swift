import ExchangeKit
import ExchangeModel
import Foundation
import Synchronization

/// Canned venue answers by path, for in-memory client tests; unknown paths answer 404.
final class FakeVenue: Sendable {
  private let routes: Mutex<[String: [HTTPResponse]]>

  init(_ routes: [String: [HTTPResponse]] = [:]) {
    self.routes = Mutex(routes)
  }

  /// Queues `responses` for `path`; the last one repeats.
  func on(_ path: String, _ responses: HTTPResponse...) {
    routes.withLock { $0[path] = responses }
  }

  func respond(_ request: HTTPRequest) -> HTTPResponse {
    routes.withLock { routes in
      guard var queue = routes[request.url.path], let first = queue.first else {
        return HTTPResponse(status: 404, body: Data())
      }
      if queue.count > 1 {
        queue.removeFirst()
        routes[request.url.path] = queue
      }
      return first
    }
  }

  static let okxTime = HTTPResponse.json(#"{"code":"0","msg":"","data":[{"ts":"1700000005000"}]}"#)
  static let bybitTime = HTTPResponse.json(
    #"{"retCode":0,"retMsg":"OK","result":{"timeSecond":"1700000005","timeNano":"1700000005000000000"},"time":1700000005000}"#)
}
