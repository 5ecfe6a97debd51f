import ExchangeModel
import Foundation

/// One account's result of a one-shot read: its snapshot, or why there is none.
struct SnapshotOutcome: Sendable {
  var accountName: String
  var venue: Venue
  /// When the read finished (for a failure, when it failed).
  var finishedAt: Date
  var result: Result<AccountSnapshot, ExchangeError>

  init(accountName: String, venue: Venue, finishedAt: Date, result: Result<AccountSnapshot, ExchangeError>) {
    self.accountName = accountName
    self.venue = venue
    self.finishedAt = finishedAt
    self.result = result
  }

  /// The account's risk: its snapshot's, or `unknown` when it could not be read.
  var risk: RiskAssessment {
    switch result {
    case .success(let snapshot): return snapshot.risk
    case .failure(let error): return .unavailable("not read: " + error.kind.rawValue + ": " + error.message)
    }
  }

  /// The most urgent of `outcomes` (see `RiskAssessment.isMoreUrgent`); `nil` when there are none.
  static func worst(_ outcomes: [SnapshotOutcome]) -> SnapshotOutcome? {
    var worst: SnapshotOutcome?
    for outcome in outcomes where worst.map({ outcome.risk.isMoreUrgent(than: $0.risk) }) ?? true {
      worst = outcome
    }
    return worst
  }

  /// Reads every source once, concurrently, and returns the outcomes in the sources' order.
  static func collect(_ sources: [any BalanceSource], now: @escaping @Sendable () -> Date = Date.init) async
    -> [SnapshotOutcome]
  {
    await sources.concurrentMap { source in
      let result = await ExchangeError.catching { () async throws(ExchangeError) in
        try await source.fetchSnapshot()
      }
      return SnapshotOutcome(accountName: source.accountName, venue: source.venue, finishedAt: now(), result: result)
    }
  }
}
