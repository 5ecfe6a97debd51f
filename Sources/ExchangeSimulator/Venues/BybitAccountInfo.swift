import ExchangeModel

/// `result` of Bybit `GET /v5/account/info`, shaped after the v5 document "Get Account Info"
/// (`docs/v5/account/account-info.mdx`) and its example (`shared/fixtures/bybit-account-info-docs.json`).
enum BybitAccountInfo {
  /// The account's margin mode and status; the deprecated DCP and SMP fields carry the values
  /// the document says they always have (`OFF`, `0`, `0`).
  static func result(_ account: SimulatedAccount, startMillis: Int64) -> JSONValue {
    // Set up a week before the simulator started: a fixed time, like the venue's.
    let updated = startMillis - 7 * 86_400_000
    return .object([
      ("marginMode", .string(account.bybitMarginMode.rawValue)),
      ("updatedTime", .string(String(updated))),
      ("unifiedMarginStatus", .number(String(account.unifiedMarginStatus))),
      ("dcpStatus", .string("OFF")),
      ("timeWindow", .number("0")),
      ("smpGroup", .number("0")),
      ("isMasterTrader", .bool(false)),
      ("spotHedgingStatus", .string("OFF")),
    ])
  }
}
