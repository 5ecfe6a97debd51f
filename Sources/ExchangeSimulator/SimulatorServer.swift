import ExchangeModel
import Foundation
import HTTPTypes
import HummingbirdCore
import Logging
import NIOCore
import NIOPosix
import Synchronization

/// A running simulated OKX and Bybit, both served from one HTTP server on loopback.
public final class SimulatorServer: Sendable {
  /// Base URL of the server, e.g. `http://127.0.0.1:50123`; both venues' paths are served under it.
  public let baseURL: URL
  private let engine: SimulatorEngine
  private let task: Task<Void, any Error>

  /// The OKX account used by `--demo` (multi-currency margin).
  public var okxKey: SimulatedKey {
    keys.first { $0.venue == .okx && $0.mode == .multiCurrencyMargin } ?? keys[0]
  }
  /// The Bybit UNIFIED account in regular (cross) margin, used by `--demo`.
  public var bybitKey: SimulatedKey {
    keys.first { $0.name == "bybit-unified" } ?? keys[0]
  }
  /// The OKX Futures-mode account (acctLv 2), whose isolated position comes and goes.
  public var okxFuturesKey: SimulatedKey {
    keys.first { $0.venue == .okx && $0.mode == .futures } ?? keys[0]
  }
  /// The Bybit UNIFIED account in isolated margin, where no account-wide figure applies.
  public var bybitIsolatedKey: SimulatedKey {
    keys.first { $0.name == "bybit-isolated" } ?? keys[0]
  }
  /// The accounts `--demo` shows: between them the episode reaches every risk level, critical
  /// (the OKX multi-currency account) and unknown (the Futures-mode account while its isolated
  /// position is open, and the Bybit isolated-margin account) included.
  public var demoKeys: [SimulatedKey] { [okxKey, okxFuturesKey, bybitKey, bybitIsolatedKey] }
  /// Every simulated account: one OKX account per mode and the Bybit UNIFIED accounts (regular,
  /// isolated and portfolio margin).
  public var keys: [SimulatedKey] { SimulatedAccounts.all.map(\.key) }

  private init(baseURL: URL, engine: SimulatorEngine, task: Task<Void, any Error>) {
    self.baseURL = baseURL
    self.engine = engine
    self.task = task
  }

  /// Starts the server and returns once it accepts connections.
  public static func start(_ configuration: SimulatorConfiguration = .init()) async throws -> SimulatorServer {
    let engine = SimulatorEngine(
      seed: configuration.seed, clock: configuration.clock, stepLength: configuration.stepLength,
      incidents: configuration.incidents)
    var logger = Logger(label: "margintop.simulator")
    // The demo draws on the terminal this process owns: the server must stay silent.
    logger.logLevel = .critical
    let started = StartSignal()
    // HummingbirdCore's server rather than Hummingbird's `Application`: the application adds a
    // `Date` header from a cache that formats through Foundation's ICU calendar, which maps
    // about 5 MB of ICU data into `--demo`. The venues do not need the header.
    let server = Server(
      childChannelSetup: HTTP1Channel(responder: { request, writer, _ in
        let response = try await SimulatorServer.respond(to: request, engine: engine)
        try await writer.write(response: response.head, body: response.body)
      }),
      configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: nil),
      onServerRunning: { channel in started.succeed(channel.localAddress?.port ?? configuration.port) },
      eventLoopGroup: MultiThreadedEventLoopGroup.singleton,
      logger: logger)
    let task = Task {
      do {
        try await server.run()
      } catch {
        started.fail(error)
        throw error
      }
      started.fail(CancellationError())
    }
    let port = try await started.value
    guard let url = URL(string: "http://\(configuration.host):\(port)") else {
      task.cancel()
      throw URLError(.badURL)
    }
    return SimulatorServer(baseURL: url, engine: engine, task: task)
  }

  /// Makes the next `count` matching requests fail with `fault`; `venue` `nil` means both venues.
  /// `count` ≤ 0 keeps the fault until `clearFaults()`; a clock skew always lasts until then.
  public func inject(_ fault: SimulatedFault, venue: Venue? = nil, count: Int = 1) {
    engine.inject(fault, venue: venue, count: count)
  }

  /// Removes every injected fault.
  public func clearFaults() {
    engine.clearFaults()
  }

  /// Makes the account's later balance responses carry `payload`'s fields and duplicate; added
  /// to the overrides already in force (a later one wins field by field).
  public func addOverride(_ payload: PayloadOverride) {
    engine.addOverride(payload)
  }

  /// Removes every payload override.
  public func clearOverrides() {
    engine.clearOverrides()
  }

  /// Stops the server.
  public func shutdown() async {
    task.cancel()
    _ = try? await task.value
  }

  private static func respond(to request: Request, engine: SimulatorEngine) async throws -> Response {
    var request = request
    let body = try await request.collectBody(upTo: 1 << 20)
    var headers: [String: String] = [:]
    for field in request.headers {
      headers[field.name.canonicalName] = field.value
    }
    let simulated = SimulatedRequest(
      method: request.method.rawValue, path: request.uri.path, query: request.uri.query, headers: headers,
      body: String(buffer: body))
    let answer = engine.handle(simulated)
    if let delay = answer.delay {
      try? await Task.sleep(for: delay)
    }
    var fields = HTTPFields()
    for (name, value) in answer.headers {
      if let fieldName = HTTPField.Name(name) { fields.append(HTTPField(name: fieldName, value: value)) }
    }
    let responseBody =
      HostileBody.body(Array(answer.body.utf8), fault: answer.hostile)
      ?? ResponseBody(byteBuffer: ByteBuffer(string: answer.body))
    return Response(status: .init(code: answer.status), headers: fields, body: responseBody)
  }
}
