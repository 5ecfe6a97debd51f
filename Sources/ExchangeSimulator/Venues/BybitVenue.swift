import Crypto
import ExchangeModel
import Foundation

/// Simulated Bybit v5 REST: auth, envelopes, error codes and rate limits as Bybit documents them.
struct BybitVenue {
  let clock: VenueClock

  /// Answers one request whose path starts with `/v5/`.
  func respond(_ request: SimulatedRequest, state: inout EngineState) -> SimulatedResponse {
    guard request.method == "GET" else { return envelope(10001, "Request method not supported", status: 405) }
    switch request.path {
    case "/v5/market/time":
      let nanos = String(clock.serverMillis) + "000000"
      return envelope(0, "OK", result: .object([
        ("timeSecond", .string(String(clock.serverMillis / 1000))), ("timeNano", .string(nanos)),
      ]))
    case "/v5/account/wallet-balance":
      return authorised(request, state: &state, limit: 50) { account, state, headers in
        wallet(request, account: account, state: &state, headers: headers)
      }
    case "/v5/account/info":
      return authorised(request, state: &state, limit: 10) { account, _, headers in
        envelope(0, "OK", result: BybitAccountInfo.result(account, startMillis: clock.startMillis), headers: headers)
      }
    case "/v5/user/query-api":
      return authorised(request, state: &state, limit: 10) { account, _, headers in
        envelope(0, "", result: BybitVenue.keyInfo(account, serverMillis: clock.serverMillis), headers: headers)
      }
    default:
      return SimulatedResponse(status: 404, headers: [("Content-Type", "text/plain")], body: "404 page not found")
    }
  }

  private func wallet(
    _ request: SimulatedRequest, account: SimulatedAccount, state: inout EngineState, headers: [(String, String)]
  ) -> SimulatedResponse {
    let parameters = request.parameters
    guard let accountType = parameters["accountType"], !accountType.isEmpty else {
      return envelope(10001, "accountType can't be empty", headers: headers)
    }
    guard accountType == "UNIFIED" else {
      return envelope(10001, "accountType only support UNIFIED.", headers: headers)
    }
    let coins = (parameters["coin"] ?? "").split(separator: ",").map { String($0) }
    let empty = state.faults.take(for: .bybit) { $0 == .emptyCurrencyList } != nil
    let overrides = state.overrides(venue: .bybit, apiKey: account.key.apiKey, step: clock.market.step)
    let builder = BybitWalletBuilder(account: account, market: clock.market, overrides: overrides)
    let list = JSONValue.array([.deferred { builder.wallet(coins: coins, empty: empty) }])
    return envelope(0, "OK", result: .object([("list", list)]), headers: headers)
  }

  /// Checks key, timestamp window and signature, counts the request against the endpoint's
  /// limit per user (answering with `X-Bapi-Limit*` headers), then runs `handler`.
  private func authorised(
    _ request: SimulatedRequest, state: inout EngineState, limit: Int,
    handler: (SimulatedAccount, inout EngineState, [(String, String)]) -> SimulatedResponse
  ) -> SimulatedResponse {
    let account: SimulatedAccount
    switch authenticate(request, state: &state) {
    case .success(let found): account = found
    case .failure(let rejection): return rejection.response
    }
    switch state.incident(step: clock.market.step, apiKey: account.key.apiKey) {
    case .outage?: return envelope(10016, "Internal server error.", status: 503)
    case .keyRefused?: return envelope(10003, "API key is invalid.", status: 401)
    case .fields?, nil: break
    }
    // The fault is checked first, like OKX's: a refused request must not use up a slot.
    let decision =
      state.faults.take(for: .bybit, where: { $0 == .rateLimitBurst }) != nil
      ? RateLimiter.Decision(admitted: false, limit: limit, remaining: 0, resetMillis: clock.realMillis + 1000)
      : state.limiter.admit(
        "bybit:\(account.uid):\(request.path)", limit: limit, windowMillis: 1000, now: clock.realMillis)
    let headers = [
      ("X-Bapi-Limit", String(decision.limit)), ("X-Bapi-Limit-Status", String(decision.remaining)),
      ("X-Bapi-Limit-Reset-Timestamp", String(decision.resetMillis)),
    ]
    guard decision.admitted else { return envelope(10006, "Too many visits!", headers: headers) }
    return handler(account, &state, headers)
  }

  /// Verifies key, the recv_window rule and the signature, in that order.
  func authenticate(_ request: SimulatedRequest, state: inout EngineState)
    -> Result<SimulatedAccount, AuthRejection>
  {
    func reject(_ code: Int, _ message: String, status: Int = 200) -> Result<SimulatedAccount, AuthRejection> {
      .failure(AuthRejection(response: envelope(code, message, status: status)))
    }
    let h = request.headers
    guard let apiKey = h["x-bapi-api-key"], !apiKey.isEmpty,
      let account = SimulatedAccounts.account(apiKey: apiKey, venue: .bybit),
      state.faults.take(for: .bybit, where: { $0 == .revokedKey }) == nil
    else { return reject(10003, "API key is invalid.", status: 401) }
    guard let timestampText = h["x-bapi-timestamp"], let timestamp = Int64(timestampText) else {
      return reject(10002, "invalid request, please check your timestamp.", status: 401)
    }
    let recvText = h["x-bapi-recv-window"] ?? "5000"
    guard let recvWindow = Int64(recvText), recvWindow > 0 else {
      return reject(10001, "recv_window param error")
    }
    let now = clock.serverMillis
    guard now - recvWindow <= timestamp, timestamp < now + 1000 else {
      return reject(
        10002,
        "invalid request, please check your server timestamp or recv_window param. "
          + "req_timestamp[\(timestamp)],server_timestamp[\(now)],recv_window[\(recvWindow)]")
    }
    // Bybit signs the query string exactly as it was sent.
    let origin = timestampText + apiKey + recvText + (request.method == "GET" ? (request.query ?? "") : request.body)
    let mac = HMAC<SHA256>.authenticationCode(for: Data(origin.utf8), using: SymmetricKey(data: Data(account.key.secret.utf8)))
    let expected = BybitVenue.lowercaseHex(mac)
    guard let sign = h["x-bapi-sign"], sign.lowercased() == expected else {
      // Like Bybit, the message echoes the origin string, API key included.
      return reject(10004, "error sign! origin_string[\(origin)]")
    }
    return .success(account)
  }

  /// Lower-case hex of `bytes`, as Bybit writes signatures (`String(format:)` per byte went
  /// through Foundation's NSString formatting, 4 % of the simulator's time).
  static func lowercaseHex(_ bytes: some Sequence<UInt8>) -> String {
    let digits = Array("0123456789abcdef".utf8)
    var out: [UInt8] = []
    for byte in bytes {
      out.append(digits[Int(byte >> 4)])
      out.append(digits[Int(byte & 0x0F)])
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// Bybit's envelope: numeric `retCode` and `time`, `retExtInfo` an empty object.
  func envelope(
    _ code: Int, _ message: String, result: JSONValue = .object([]), status: Int = 200,
    headers: [(String, String)] = []
  ) -> SimulatedResponse {
    .json(
      .object([
        ("retCode", .number(String(code))), ("retMsg", .string(message)), ("result", result),
        ("retExtInfo", .object([])), ("time", .number(String(clock.serverMillis))),
      ]), status: status, headers: headers)
  }

  /// `result` of `GET /v5/user/query-api` for a read-only key.
  static func keyInfo(_ account: SimulatedAccount, serverMillis: Int64) -> JSONValue {
    let empty = JSONValue.array([])
    let permissions: [(String, JSONValue)] = [
      "ContractTrade", "Spot", "Wallet", "Options", "Derivatives", "CopyTrading", "BlockTrade", "Exchange", "NFT",
      "Affiliate", "Earn",
    ].map { ($0, empty) }
    return .object([
      ("id", .string("2208" + account.uid.suffix(3))),
      ("note", .string(account.label)),
      ("apiKey", .string(account.key.apiKey)),
      ("readOnly", .number("1")),
      ("secret", .string("")),
      ("permissions", .object(permissions)),
      ("ips", .array([.string("*")])),
      ("type", .number("1")),
      ("deadlineDay", .number("83")),
      ("expiredAt", .string(Timestamp.text(epochMilliseconds: serverMillis + 83 * 86_400_000).prefix(19) + "Z")),
      ("createdAt", .string(Timestamp.text(epochMilliseconds: serverMillis - 7 * 86_400_000).prefix(19) + "Z")),
      ("unified", .number("0")),
      ("uta", .number("1")),
      ("userID", .number(account.uid)),
      ("inviterID", .number("0")),
      ("vipLevel", .string("No VIP")),
      ("mktMakerLevel", .string("0")),
      ("affiliateID", .number("0")),
      ("rsaPublicKey", .string("")),
      ("isMaster", .bool(true)),
      ("parentUid", .string("0")),
      ("kycLevel", .string("LEVEL_1")),
      ("kycRegion", .string("SGP")),
    ])
  }
}
