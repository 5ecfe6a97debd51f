import Foundation
import HTTPTypes
import HummingbirdCore
import Logging
import NIOCore
import NIOPosix
import Synchronization

/// The HTTP endpoint of `margintop watch --metrics`: `GET /metrics` (Prometheus text format)
/// and `GET /healthz` (each account's freshness as JSON; 200 when all are fresh, else 503).
public final class MetricsServer: Sendable {
  /// Where the server listens, with the port the system chose when 0 was asked for.
  public let address: MetricsAddress
  private let task: Task<Void, any Error>

  private init(address: MetricsAddress, task: Task<Void, any Error>) {
    self.address = address
    self.task = task
  }

  /// Starts serving `exporter` at `address` and returns once the server accepts connections.
  /// `now` is the clock `/healthz` measures freshness with.
  public static func start(
    at address: MetricsAddress, exporter: MetricsExporter, now: @escaping @Sendable () -> Date = { Date() }
  ) async throws(MetricsServerError) -> MetricsServer {
    var logger = Logger(label: "margintop.metrics")
    logger.logLevel = .critical
    let started = ServerStarted()
    let server = Server(
      childChannelSetup: HTTP1Channel(responder: { request, writer, _ in
        let response = MetricsServer.respond(to: request, exporter: exporter, now: now())
        try await writer.write(response: response.head, body: response.body)
      }),
      configuration: .init(address: .hostname(address.host, port: address.port), serverName: nil),
      onServerRunning: { channel in started.finish(.success(channel.localAddress?.port ?? address.port)) },
      eventLoopGroup: MultiThreadedEventLoopGroup.singleton,
      logger: logger)
    let task = Task {
      do {
        try await server.run()
      } catch {
        started.finish(.failure(error))
        throw error
      }
      started.finish(.failure(CancellationError()))
    }
    do {
      let port = try await started.port
      return MetricsServer(address: MetricsAddress(host: address.host, port: port), task: task)
    } catch {
      task.cancel()
      throw MetricsServer.classify(error, address: address)
    }
  }

  /// Stops listening.
  public func shutdown() async {
    task.cancel()
    _ = try? await task.value
  }

  /// The answer to one request.
  static func respond(to request: Request, exporter: MetricsExporter, now: Date) -> Response {
    guard request.method == .get || request.method == .head else {
      return text(.methodNotAllowed, "only GET is served\n", type: "text/plain; charset=utf-8")
    }
    switch request.uri.path {
    case "/metrics":
      return text(.ok, exporter.exposition(), type: "text/plain; version=0.0.4; charset=utf-8")
    case "/healthz":
      let report = exporter.health(at: now)
      return text(.init(code: report.httpStatus), report.json + "\n", type: "application/json")
    default:
      return text(.notFound, "not found: margintop serves /metrics and /healthz\n", type: "text/plain; charset=utf-8")
    }
  }

  private static func text(_ status: HTTPResponse.Status, _ body: String, type: String) -> Response {
    var fields = HTTPFields()
    fields[.contentType] = type
    return Response(status: status, headers: fields, body: ResponseBody(byteBuffer: ByteBuffer(string: body)))
  }

  private static func classify(_ error: any Error, address: MetricsAddress) -> MetricsServerError {
    if let io = error as? IOError, io.errnoCode == EADDRINUSE { return .addressInUse(address.description) }
    if let io = error as? IOError { return .cannotListen(address.description, String(cString: strerror(io.errnoCode))) }
    return .cannotListen(address.description, "\(error)")
  }
}
