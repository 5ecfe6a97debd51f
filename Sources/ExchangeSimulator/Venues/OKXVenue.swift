import Crypto
import ExchangeModel
import Foundation

/// Simulated OKX v5 REST: auth, envelopes, error codes and rate limits as OKX documents them.
struct OKXVenue {
  let clock: VenueClock

  /// Answers one request whose path starts with `/api/v5/`.
  func respond(_ request: SimulatedRequest, state: inout EngineState) -> SimulatedResponse {
    guard request.method == "GET" else { return error("50115", "Invalid request method.", status: 405) }
    switch request.path {
    case "/api/v5/public/time":
      let decision = state.limiter.admit("okx-ip:time", limit: 10, windowMillis: 2000, now: clock.realMillis)
      guard decision.admitted else { return rateLimited() }
      return success([.object([("ts", .string(String(clock.serverMillis)))])])
    case "/api/v5/account/balance":
      return authorised(request, state: &state, limit: 10) { account, state in
        balance(request, account: account, state: &state)
      }
    case "/api/v5/account/config":
      return authorised(request, state: &state, limit: 5) { account, _ in
        success([OKXVenue.configuration(account)])
      }
    default:
      return SimulatedResponse.json(.object([("msg", .string("Not Found")), ("code", .string("404"))]), status: 404)
    }
  }

  private func balance(_ request: SimulatedRequest, account: SimulatedAccount, state: inout EngineState)
    -> SimulatedResponse
  {
    var currencies: [String] = []
    if let ccy = request.parameters["ccy"], !ccy.isEmpty {
      currencies = ccy.split(separator: ",").map { String($0) }
      guard currencies.count <= 20 else { return error("51000", "Parameter ccy error", status: 400) }
    }
    let empty = state.faults.take(for: .okx) { $0 == .emptyCurrencyList } != nil
    let builder = OKXBalanceBuilder(
      account: account, market: clock.market, startMillis: clock.startMillis, stepMillis: clock.stepMillis,
      overrides: state.overrides(venue: .okx, apiKey: account.key.apiKey, step: clock.market.step))
    let filter = currencies
    return success([.deferred { builder.balance(currencies: filter, empty: empty) }])
  }

  /// Checks the request's signature and key, counts it against the endpoint's limit per user,
  /// then runs `handler`.
  private func authorised(
    _ request: SimulatedRequest, state: inout EngineState, limit: Int,
    handler: (SimulatedAccount, inout EngineState) -> SimulatedResponse
  ) -> SimulatedResponse {
    let account: SimulatedAccount
    switch authenticate(request, state: &state) {
    case .success(let found): account = found
    case .failure(let rejection): return rejection.response
    }
    switch state.incident(step: clock.market.step, apiKey: account.key.apiKey) {
    case .outage?: return error("50001", "Service temporarily unavailable. Please try again later.", status: 503)
    case .keyRefused?: return error("50111", "Invalid OK-ACCESS-KEY.", status: 401)
    case .fields?, nil: break
    }
    if state.faults.take(for: .okx, where: { $0 == .rateLimitBurst }) != nil { return rateLimited() }
    let bucket = "okx:\(account.uid):\(request.path)"
    guard state.limiter.admit(bucket, limit: limit, windowMillis: 2000, now: clock.realMillis).admitted else {
      return rateLimited()
    }
    return handler(account, &state)
  }

  /// Verifies headers, timestamp window, key, environment, passphrase and signature, in that order.
  func authenticate(_ request: SimulatedRequest, state: inout EngineState) -> Result<SimulatedAccount, AuthRejection> {
    func reject(_ code: String, _ message: String) -> Result<SimulatedAccount, AuthRejection> {
      .failure(AuthRejection(response: error(code, message, status: 401)))
    }
    let h = request.headers
    guard let apiKey = h["ok-access-key"], !apiKey.isEmpty else {
      return reject("50103", "Request header \"OK-ACCESS-KEY\" cannot be empty.")
    }
    guard let passphrase = h["ok-access-passphrase"], !passphrase.isEmpty else {
      return reject("50104", "Request header \"OK-ACCESS-PASSPHRASE\" cannot be empty.")
    }
    guard let sign = h["ok-access-sign"], !sign.isEmpty else {
      return reject("50106", "Request header \"OK-ACCESS-SIGN\" cannot be empty.")
    }
    guard let timestamp = h["ok-access-timestamp"], !timestamp.isEmpty else {
      return reject("50107", "Request header \"OK-ACCESS-TIMESTAMP\" cannot be empty.")
    }
    guard let millis = Timestamp.epochMilliseconds(timestamp) else {
      return reject("50112", "Invalid OK-ACCESS-TIMESTAMP.")
    }
    guard abs(clock.serverMillis - millis) <= 30_000 else { return reject("50102", "Timestamp request expired.") }
    guard let account = SimulatedAccounts.account(apiKey: apiKey, venue: .okx),
      state.faults.take(for: .okx, where: { $0 == .revokedKey }) == nil
    else { return reject("50111", "Invalid OK-ACCESS-KEY.") }
    let demoHeader = h["x-simulated-trading"] == "1"
    guard demoHeader == (account.key.environment == .demo) else {
      return reject("50101", "APIKey does not match current environment.")
    }
    guard passphrase == account.key.passphrase else {
      return reject("50105", "Request header \"OK-ACCESS-PASSPHRASE\" incorrect.")
    }
    let prehash = timestamp + request.method.uppercased() + request.pathWithQuery + request.body
    let mac = HMAC<SHA256>.authenticationCode(for: Data(prehash.utf8), using: SymmetricKey(data: Data(account.key.secret.utf8)))
    guard Data(mac).base64EncodedString() == sign else { return reject("50113", "Invalid Sign") }
    return .success(account)
  }

  private func success(_ data: [JSONValue]) -> SimulatedResponse {
    .json(.object([("code", .string("0")), ("data", .array(data)), ("msg", .string(""))]))
  }

  private func rateLimited() -> SimulatedResponse {
    error("50011", "Too Many Requests", status: 429)
  }

  /// OKX's error body as seen on the wire: `{"msg":…,"code":…}`.
  func error(_ code: String, _ message: String, status: Int) -> SimulatedResponse {
    .json(.object([("msg", .string(message)), ("code", .string(code))]), status: status)
  }

  /// `data[0]` of `GET /api/v5/account/config`.
  static func configuration(_ account: SimulatedAccount) -> JSONValue {
    .object([
      ("acctLv", .string(String(account.okxAccountLevel))),
      ("acctStpMode", .string("cancel_maker")),
      ("autoLoan", .bool(account.okxAccountLevel == 3)),
      ("ctIsoMode", .string("automatic")),
      ("enableSpotBorrow", .bool(account.okxAccountLevel == 1)),
      ("greeksType", .string("PA")),
      ("feeType", .string("0")),
      ("ip", .string("")),
      ("type", .string("0")),
      ("kycLv", .string("2")),
      ("label", .string(account.label)),
      ("level", .string("Lv1")),
      ("levelTmp", .string("")),
      ("liquidationGear", .string("-1")),
      ("mainUid", .string(account.uid)),
      ("mgnIsoMode", .string("automatic")),
      ("opAuth", .string("0")),
      ("perm", .string("read_only")),
      ("posMode", .string("net_mode")),
      ("roleType", .string("0")),
      ("spotBorrowAutoRepay", .bool(false)),
      ("spotOffsetType", .string("")),
      ("spotRoleType", .string("0")),
      ("spotTraderInsts", .array([])),
      ("stgyType", .string("0")),
      ("traderInsts", .array([])),
      ("uid", .string(account.uid)),
      ("settleCcy", .string("USDT")),
      ("settleCcyList", .array([.string("USD"), .string("USDC"), .string("USDG")])),
    ])
  }
}
