import Crypto
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import Synchronization

/// A small OKX + Bybit look-alike on a real loopback port, for tests over real HTTP.
///
/// The first path segment picks the behaviour of the account endpoints (`/ok/…`, `/slow/…`,
/// `/html502/…`, `/truncated/…`, `/ratelimited/…`), so a client's base URL selects a fault.
/// Signatures are checked here with swift-crypto directly, not with ExchangeKit's signers.
final class LoopbackVenue: Sendable {
  struct Key: Sendable {
    var apiKey: String
    var secret: String
    var passphrase: String
  }

  let port: Int
  private let task: Task<Void, any Error>
  private let checker: SignatureChecker

  /// Signed requests whose signature checked out.
  var verifiedRequests: Int { checker.verified.withLock { $0 } }

  private init(port: Int, task: Task<Void, any Error>, checker: SignatureChecker) {
    self.port = port
    self.task = task
    self.checker = checker
  }

  func baseURL(_ scenario: String) -> URL {
    URL(string: "http://127.0.0.1:\(port)/\(scenario)")!
  }

  static func start(key: Key, okxBalance: Data, bybitWallet: Data) async throws -> LoopbackVenue {
    let checker = SignatureChecker(key: key)
    let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
    let router = Router()
    router.get("{scenario}/api/v5/public/time") { _, _ in
      json(#"{"code":"0","msg":"","data":[{"ts":"\#(Int64(Date().timeIntervalSince1970 * 1000))"}]}"#)
    }
    router.get("{scenario}/v5/market/time") { _, _ in
      let now = Int64(Date().timeIntervalSince1970 * 1000)
      return json(#"{"retCode":0,"retMsg":"OK","result":{"timeSecond":"\#(now / 1000)","timeNano":"\#(now)000000"},"time":\#(now)}"#)
    }
    router.get("{scenario}/api/v5/account/balance") { request, context in
      try await answer(scenario: context.parameters.get("scenario") ?? "", venue: "okx", body: okxBalance) {
        checker.verifyOKX(request)
      }
    }
    router.get("{scenario}/v5/account/wallet-balance") { request, context in
      try await answer(scenario: context.parameters.get("scenario") ?? "", venue: "bybit", body: bybitWallet) {
        checker.verifyBybit(request)
      }
    }
    let app = Application(
      router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
      onServerRunning: { channel in
        continuation.yield(channel.localAddress?.port ?? 0)
        continuation.finish()
      })
    let task = Task { try await app.run() }
    var port = 0
    for await bound in ports { port = bound }
    return LoopbackVenue(port: port, task: task, checker: checker)
  }

  func stop() async {
    task.cancel()
    _ = await task.result
  }

  private static func json(_ text: String, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) -> Response {
    var all = headers
    all[.contentType] = "application/json"
    return Response(status: status, headers: all, body: .init(byteBuffer: ByteBuffer(string: text)))
  }

  private static func answer(scenario: String, venue: String, body: Data, verify: () -> Bool) async throws -> Response {
    switch scenario {
    case "slow":
      try await Task.sleep(for: .seconds(3))
      return json(String(decoding: body, as: UTF8.self))
    case "html502":
      return Response(
        status: .badGateway, headers: [.contentType: "text/html"],
        body: .init(byteBuffer: ByteBuffer(string: "<html><body><h1>502 Bad Gateway</h1></body></html>")))
    case "truncated":
      return json(String(decoding: body.prefix(body.count / 2), as: UTF8.self))
    case "ratelimited" where venue == "bybit":
      let reset = Int64(Date().timeIntervalSince1970 * 1000) + 30_000
      var headers = HTTPFields()
      headers[HTTPField.Name("X-Bapi-Limit-Status")!] = "0"
      headers[HTTPField.Name("X-Bapi-Limit")!] = "50"
      headers[HTTPField.Name("X-Bapi-Limit-Reset-Timestamp")!] = String(reset)
      return json(#"{"retCode":10006,"retMsg":"Too many visits!","result":{},"retExtInfo":{},"time":1}"#, headers: headers)
    case "ratelimited":
      return json(#"{"msg":"Too Many Requests","code":"50011"}"#, status: .tooManyRequests)
    default:
      guard verify() else {
        return venue == "okx"
          ? json(#"{"msg":"Invalid Sign","code":"50113"}"#, status: .unauthorized)
          : json(#"{"retCode":10004,"retMsg":"error sign!","result":{},"time":1}"#)
      }
      return json(String(decoding: body, as: UTF8.self))
    }
  }
}

/// Checks signatures with swift-crypto directly, independently of ExchangeKit's signers.
final class SignatureChecker: Sendable {
  let key: LoopbackVenue.Key
  let verified = Mutex(0)

  init(key: LoopbackVenue.Key) { self.key = key }

  /// Spelt out rather than taken from ExchangeKit's names, so a misspelt name there fails here.
  private func header(_ request: Request, _ name: String) -> String? {
    HTTPField.Name(name).flatMap { request.headers[$0] }
  }

  func verifyOKX(_ request: Request) -> Bool {
    guard let stamp = header(request, "OK-ACCESS-TIMESTAMP"), let sign = header(request, "OK-ACCESS-SIGN"),
      header(request, "OK-ACCESS-KEY") == key.apiKey, header(request, "OK-ACCESS-PASSPHRASE") == key.passphrase
    else { return false }
    let mac = HMAC<SHA256>.authenticationCode(
      for: Data((stamp + "GET" + request.uri.description).utf8), using: SymmetricKey(data: Data(key.secret.utf8)))
    let ok = Data(mac).base64EncodedString() == sign
    if ok { verified.withLock { $0 += 1 } }
    return ok
  }

  func verifyBybit(_ request: Request) -> Bool {
    guard let stamp = header(request, "X-BAPI-TIMESTAMP"), let sign = header(request, "X-BAPI-SIGN"),
      let window = header(request, "X-BAPI-RECV-WINDOW"), header(request, "X-BAPI-API-KEY") == key.apiKey
    else { return false }
    let prehash = stamp + key.apiKey + window + (request.uri.query ?? "")
    let mac = HMAC<SHA256>.authenticationCode(for: Data(prehash.utf8), using: SymmetricKey(data: Data(key.secret.utf8)))
    let ok = mac.map { String(format: "%02x", $0) }.joined() == sign
    if ok { verified.withLock { $0 += 1 } }
    return ok
  }
}
