/// The margin mode of a Bybit unified account, as `GET /v5/account/info` reports it in
/// `marginMode`.
enum BybitMarginMode: String, Sendable {
  case regular = "REGULAR_MARGIN"
  /// The wallet-balance document: "All account wide fields are **not** applicable to
  /// UTA2.0(isolated margin), UTA1.0(isolated margin), UTA1.0(CONTRACT), classic account(SPOT,
  /// CONTRACT)".
  case isolated = "ISOLATED_MARGIN"
  /// The wallet-balance document: per-coin `totalOrderIM`, `totalPositionIM` and
  /// `totalPositionMM` are `""` ("For portfolio margin mode, it returns \"\"").
  case portfolio = "PORTFOLIO_MARGIN"
}
