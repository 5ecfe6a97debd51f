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
