import AsyncHTTPClient
import ExchangeModel
import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix

/// The real transport: AsyncHTTPClient with a short connect timeout and a deadline per request.
///
/// Use `AsyncHTTPTransport.shared` for the process's lifetime (it is never shut down), or make
/// your own with `init(connectTimeout:)` and call `shutdown()` when done (tests do). A refused
/// connection fails at once instead of being retried until the deadline.
public final class AsyncHTTPTransport: HTTPTransport {
  /// One transport for the whole process; never shut down.
  public static let shared = AsyncHTTPTransport()

  /// The most a response body may hold; a balance of hundreds of currencies is well below.
  public static let maximumBodySize = 16 * 1024 * 1024

  private let client: HTTPClient

  /// A transport with its own connection pool; call `shutdown()` before releasing it.
  public init(connectTimeout: Duration = .seconds(3)) {
    var configuration = HTTPClient.Configuration()
    configuration.timeout.connect = .milliseconds(Int64(connectTimeout.timeInterval * 1000))
    // Without this the pool retries a refused connect until the request's deadline.
    configuration.connectionPool.retryConnectionEstablishment = false
    configuration.redirectConfiguration = .disallow
    configuration.decompression = .disabled
    client = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
  }

  /// Closes the connection pool. Not for `shared`.
  public func shutdown() async throws {
    try await client.shutdown()
  }

  public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
    let host = request.url.host ?? "the venue"
    var outgoing = HTTPClientRequest(url: request.url.absoluteString)
    outgoing.method = HTTPMethod(rawValue: request.method)
    for (name, value) in request.headers { outgoing.headers.add(name: name, value: value) }
    if let body = request.body { outgoing.body = .bytes(ByteBuffer(bytes: body)) }
    let deadline = NIODeadline.now() + .milliseconds(Int64(request.timeout.timeInterval * 1000))
    do {
      let response = try await client.execute(outgoing, deadline: deadline)
      var headers: [String: String] = [:]
      for header in response.headers { headers[header.name.lowercased()] = header.value }
      let body = try await response.body.collect(upTo: AsyncHTTPTransport.maximumBodySize)
      return HTTPResponse(status: Int(response.status.code), headers: headers, body: Data(body.readableBytesView))
    } catch {
      throw AsyncHTTPTransport.classify(error, host: host, timeout: request.timeout)
    }
  }

  /// A transport failure as `.timeout` or `.network`, naming only the host (never the URL or headers).
  static func classify(_ error: any Error, host: String, timeout: Duration) -> ExchangeError {
    if let error = error as? ExchangeError { return error }
    if let error = error as? HTTPClientError {
      switch error {
      case .deadlineExceeded, .readTimeout, .writeTimeout:
        return ExchangeError(
          kind: .timeout, message: "no answer from \(host) within \(ExchangeError.waitText(timeout.timeInterval))")
      case .connectTimeout:
        return ExchangeError(kind: .timeout, message: "cannot connect to \(host): connection timed out")
      case .remoteConnectionClosed:
        return ExchangeError(kind: .network, message: "\(host) closed the connection")
      case .cancelled:
        return ExchangeError(kind: .network, message: "request to \(host) cancelled")
      default:
        break
      }
    }
    if error is CancellationError {
      return ExchangeError(kind: .network, message: "request to \(host) cancelled")
    }
    if isRefused(error) {
      return ExchangeError(kind: .network, message: "cannot connect to \(host): connection refused")
    }
    return ExchangeError(kind: .network, message: "cannot reach \(host)")
  }

  private static func isRefused(_ error: any Error) -> Bool {
    if let error = error as? IOError { return error.errnoCode == ECONNREFUSED }
    if let error = error as? NIOConnectionError {
      return error.connectionErrors.contains { isRefused($0.error) }
    }
    return false
  }
}
