/// A Bybit unified account's margin mode (`GET /v5/account/info` → `marginMode`).
///
/// It decides whether the wallet's account-wide fields apply: Bybit's wallet-balance document says
/// "All account wide fields are **not** applicable to UTA2.0(isolated margin), UTA1.0(isolated
/// margin), UTA1.0(CONTRACT), classic account(SPOT, CONTRACT)".
public enum MarginMode: String, Sendable, Hashable, CaseIterable {
  /// Cross margin.
  case regular = "REGULAR_MARGIN"
  case isolated = "ISOLATED_MARGIN"
  case portfolio = "PORTFOLIO_MARGIN"

  /// Short label for headers.
  public var displayName: String {
    switch self {
    case .regular: return "cross margin"
    case .isolated: return "isolated margin"
    case .portfolio: return "portfolio margin"
    }
  }
}
