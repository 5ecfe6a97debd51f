import AsyncHTTPClient
import ExchangeModel
import Foundation
import HTTPTypes
import NIOCore
import NIOHTTP1
import NIOPosix

/// The real transport: AsyncHTTPClient with a short connect timeout, one deadline over the whole
/// request (connect, headers and body) and a cap on the body's size.
///
/// Use `AsyncHTTPTransport.shared` for the process's lifetime (it is never shut down), or make
/// your own with `init(connectTimeout:maximumBodySize:)` and call `shutdown()` when done (tests
/// do). A refused connection fails at once instead of being retried until the deadline.
public final class AsyncHTTPTransport: HTTPTransport {
  /// One transport for the whole process; never shut down.
  public static let shared = AsyncHTTPTransport()

  /// The default cap on a response body; a balance of hundreds of currencies is well below.
  public static let defaultMaximumBodySize = 16 * 1024 * 1024

  /// The most a response body may hold; a larger one fails with `.tooLarge`.
  public let maximumBodySize: Int
  private let client: HTTPClient

  /// A transport with its own connection pool; call `shutdown()` before releasing it.
  public init(connectTimeout: Duration = .seconds(3), maximumBodySize: Int = AsyncHTTPTransport.defaultMaximumBodySize) {
    self.maximumBodySize = maximumBodySize
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

  public func send(_ request: TransportRequest) async throws(ExchangeError) -> TransportResponse {
    guard let scheme = request.head.scheme, let authority = request.head.authority, let path = request.head.path else {
      throw ExchangeError(kind: .config, message: "a request without a scheme, host and path cannot be sent")
    }
    // The head's parts side by side: AsyncHTTPClient sends the path and query as they are
    // (HostileTransportTests checks the request line), so the venue sees what was signed.
    let url = scheme + "://" + authority + path
    let host = URL(string: url)?.host ?? "the venue"
    let timeout = request.timeout
    do {
      // AsyncHTTPClient's own deadline stops at the response head: a body trickling a byte a
      // second, or a chunked body that never ends, would run on. The race below covers the body;
      // cancelling the loser cancels its request and closes the connection.
      return try await withThrowingTaskGroup(of: TransportResponse?.self) { group in
        group.addTask { try await self.exchange(request, url: url, host: host) }
        group.addTask {
          try await Task.sleep(for: timeout)
          return nil
        }
        defer { group.cancelAll() }
        guard let first = try await group.next(), let response = first else {
          throw HTTPClientError.deadlineExceeded
        }
        return response
      }
    } catch {
      throw AsyncHTTPTransport.classify(error, host: host, timeout: timeout, maximumBodySize: maximumBodySize)
    }
  }

  /// The request and its whole body, without a deadline of its own beyond AsyncHTTPClient's.
  private func exchange(_ request: TransportRequest, url: String, host: String) async throws -> TransportResponse {
    var outgoing = HTTPClientRequest(url: url)
    outgoing.method = HTTPMethod(rawValue: request.head.method.rawValue)
    for field in request.head.headerFields { outgoing.headers.add(name: field.name.rawName, value: field.value) }
    if let body = request.body { outgoing.body = .bytes(ByteBuffer(bytes: body)) }
    let deadline = NIODeadline.now() + .milliseconds(Int64(request.timeout.timeInterval * 1000))
    let response = try await client.execute(outgoing, deadline: deadline)
    // swift-http-types traps on a code outside 0...999; NIO's parser should never pass one.
    guard let code = Int(exactly: response.status.code), (0...999).contains(code) else {
      throw ExchangeError(kind: .protocolError, message: "\(host) sent a reply that is not valid HTTP/1.1")
    }
    var fields = HTTPFields()
    for header in response.headers {
      // NIO's parser admits only valid names, so none is dropped here in practice.
      if let name = HTTPField.Name(header.name) { fields.append(HTTPField(name: name, value: header.value)) }
    }
    // A declared length over the cap fails before a byte of the body is read.
    if let length = fields[.contentLength].flatMap({ Int($0) }), length > maximumBodySize {
      throw NIOTooManyBytesError(maxBytes: maximumBodySize)
    }
    let body = try await response.body.collect(upTo: maximumBodySize)
    let head = HTTPResponse(status: .init(code: code, reasonPhrase: response.status.reasonPhrase), headerFields: fields)
    return TransportResponse(head, body: Data(body.readableBytesView))
  }

  /// A transport failure as an `ExchangeError` of its own kind, naming only the host (never the
  /// URL or headers).
  static func classify(_ error: any Error, host: String, timeout: Duration, maximumBodySize: Int) -> ExchangeError {
    if let error = error as? ExchangeError { return error }
    if error is NIOTooManyBytesError {
      return ExchangeError(
        kind: .tooLarge, message: "\(host) sent a response larger than \(maximumBodySize / (1024 * 1024)) MB")
    }
    // The connection ended before the body it announced: dropped, not malformed.
    if let error = error as? HTTPParserError, error == .invalidEOFState {
      return ExchangeError(kind: .connectionReset, message: "\(host) closed the connection in the middle of the response")
    }
    if error is HTTPParserError {
      return ExchangeError(kind: .protocolError, message: "\(host) sent a reply that is not valid HTTP/1.1")
    }
    if let error = error as? HTTPClientError {
      switch error {
      case .deadlineExceeded, .readTimeout, .writeTimeout:
        return ExchangeError(
          kind: .timeout, message: "no complete answer from \(host) within \(ExchangeError.waitText(timeout.timeInterval))")
      case .connectTimeout:
        return ExchangeError(kind: .timeout, message: "cannot connect to \(host): connection timed out")
      case .remoteConnectionClosed:
        return ExchangeError(kind: .connectionReset, message: "\(host) closed the connection before answering")
      case .cancelled:
        return ExchangeError(kind: .network, message: "request to \(host) cancelled")
      case .bodyLengthMismatch, .httpEndReceivedAfterHeadWith1xx, .chunkedSpecifiedMultipleTimes,
        .identityCodingIncorrectlyPresent, .contentLengthMissing:
        return ExchangeError(kind: .protocolError, message: "\(host) sent a reply that is not valid HTTP/1.1")
      default:
        break
      }
    }
    if error is CancellationError {
      return ExchangeError(kind: .network, message: "request to \(host) cancelled")
    }
    if hasErrno(error, [ECONNREFUSED]) {
      return ExchangeError(kind: .network, message: "cannot connect to \(host): connection refused")
    }
    if hasErrno(error, [ECONNRESET, EPIPE, ECONNABORTED]) {
      return ExchangeError(kind: .connectionReset, message: "\(host) reset the connection")
    }
    return ExchangeError(kind: .network, message: "cannot reach \(host)")
  }

  private static func hasErrno(_ error: any Error, _ codes: Set<Int32>) -> Bool {
    if let error = error as? IOError { return codes.contains(error.errnoCode) }
    if let error = error as? NIOConnectionError {
      return error.connectionErrors.contains { hasErrno($0.error, codes) }
    }
    return false
  }
}
