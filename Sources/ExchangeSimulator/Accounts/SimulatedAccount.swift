import ExchangeModel
import Foundation

/// One simulated account: its key, identity and portfolio.
struct SimulatedAccount: Sendable {
  var key: SimulatedKey
  /// Venue user id (OKX `uid`, Bybit `userID`).
  var uid: String
  var label: String
  var holdings: [Holding]
  var margin: MarginProfile
  /// Bybit `marginMode` (`GET /v5/account/info`); decides which wallet fields apply.
  var bybitMarginMode: BybitMarginMode = .regular
  /// Bybit `unifiedMarginStatus`: 5 is UTA2.0, 6 UTA2.0 Pro (the enum of the v5 docs).
  var unifiedMarginStatus = 6

  /// OKX `acctLv`.
  var okxAccountLevel: Int {
    switch key.mode {
    case .spot: return 1
    case .futures: return 2
    case .multiCurrencyMargin: return 3
    case .portfolioMargin: return 4
    default: return 0
    }
  }
}
