import ExchangeModel
import Foundation

/// One account's result of a one-shot read: its snapshot, or why there is none.
public struct SnapshotOutcome: Sendable {
  public var accountName: String
  public var venue: Venue
  /// When the read finished (for a failure, when it failed).
  public var finishedAt: Date
  public var result: Result<AccountSnapshot, ExchangeError>

  public init(accountName: String, venue: Venue, finishedAt: Date, result: Result<AccountSnapshot, ExchangeError>) {
    self.accountName = accountName
    self.venue = venue
    self.finishedAt = finishedAt
    self.result = result
  }

  /// Reads every source once, concurrently, and returns the outcomes in the sources' order.
  public static func collect(_ sources: [any BalanceSource], now: @escaping @Sendable () -> Date = Date.init) async
    -> [SnapshotOutcome]
  {
    await withTaskGroup(of: (Int, SnapshotOutcome).self) { group in
      for (index, source) in sources.enumerated() {
        group.addTask {
          let result: Result<AccountSnapshot, ExchangeError>
          do {
            result = .success(try await source.fetchSnapshot())
          } catch let error as ExchangeError {
            result = .failure(error)
          } catch {
            // Sources throw only ExchangeError; anything else is reported without its text.
            result = .failure(ExchangeError(kind: .exchange, message: "unexpected failure reading the account"))
          }
          return (index, SnapshotOutcome(accountName: source.accountName, venue: source.venue, finishedAt: now(), result: result))
        }
      }
      var outcomes: [(Int, SnapshotOutcome)] = []
      for await outcome in group { outcomes.append(outcome) }
      return outcomes.sorted { $0.0 < $1.0 }.map(\.1)
    }
  }
}
