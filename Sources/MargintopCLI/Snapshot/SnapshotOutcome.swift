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

  /// Reads every source once, concurrently, and returns the outcomes in the sources' order.
  static func collect(_ sources: [any BalanceSource], now: @escaping @Sendable () -> Date = Date.init) async
    -> [SnapshotOutcome]
  {
    await sources.concurrentMap { source in
      let result = await ExchangeError.catching(fallback: "unexpected failure reading the account") {
        try await source.fetchSnapshot()
      }
      return SnapshotOutcome(accountName: source.accountName, venue: source.venue, finishedAt: now(), result: result)
    }
  }
}
