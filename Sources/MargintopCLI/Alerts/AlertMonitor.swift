import Alerting
import DashboardCore
import ExchangeModel
import Foundation

/// The alert rules over one session's accounts, shared by the dashboard and `watch`: each
/// refresh's result goes in, the alerts it raises come out. Delivery is the caller's.
struct AlertMonitor {
  private var engine: AlertEngine
  /// The accounts in poller order: name and venue.
  private let accounts: [(name: String, venue: Venue)]

  init(engine: AlertEngine, sources: [any BalanceSource]) {
    self.init(engine: engine, accounts: sources.map { AccountDescriptor(name: $0.accountName, venue: $0.venue) })
  }

  init(engine: AlertEngine, accounts: [AccountDescriptor]) {
    self.engine = engine
    self.accounts = accounts.map { ($0.name, $0.venue) }
  }

  /// Evaluates the refresh `event` reports (a snapshot or a failed fetch); any other event
  /// raises nothing.
  mutating func observe(_ event: DashboardEvent) -> [Alert] {
    let reading: (index: Int, observation: AccountObservation, now: Date)
    switch event {
    case .snapshot(let account, let snapshot): reading = (account, .snapshot(snapshot), snapshot.fetchedAt)
    case .fetchFailed(let account, let error, let at): reading = (account, .failure(error), at)
    default: return []
    }
    guard accounts.indices.contains(reading.index) else { return [] }
    let account = accounts[reading.index]
    return engine.observe(reading.observation, account: account.name, exchange: account.venue, now: reading.now)
  }
}
