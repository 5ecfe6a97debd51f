import ExchangeModel
import Foundation
import GRDB
import Synchronization

/// The history database: one row per account and refresh, folded into one-minute aggregates
/// after `fullResolution`, deleted after `aggregateRetention` or when past the size cap.
///
/// SQLite through GRDB.swift: a maintained library whose `DatabasePool` runs in WAL mode (a
/// reader never waits for the writer, and two margintop instances can share the file), with a
/// busy timeout, versioned migrations and typed errors that tell a full disk from a lock from a
/// corrupt file. Every write returns a `HistoryWriteResult` instead of throwing, so history can
/// never stop the dashboard.
public final class HistoryStore: Sendable {
  /// The database file.
  public let path: String
  let pool: DatabasePool
  let settings: HistorySettings
  let clock: HistoryClock
  /// When maintenance last ran (epoch ms by `clock`); guarded because writes come from a
  /// background queue while exports read.
  let lastMaintenance = Mutex<Int64?>(nil)
  /// Per account (its name and venue: one name may be on two venues) and currency, the last
  /// currency row this store wrote; an account is dropped when its write fails.
  let writtenCurrencies = Mutex<[HistoryNames.Account: [String: WrittenCurrency]]>([:])
  /// Per account id and currency id, the last minute aggregate folded, so an unchanged minute
  /// writes no `minute_currency` row.
  let foldedCurrencies = Mutex<[Int64: [Int64: CurrencyAggregate]]>([:])
  /// The ids of the account and currency names this store has written; only what a committed
  /// transaction wrote is kept.
  let names = Mutex(HistoryNames())

  init(path: String, pool: DatabasePool, settings: HistorySettings, clock: HistoryClock) {
    self.path = path
    self.pool = pool
    self.settings = settings
    self.clock = clock
  }

  /// Writes one refresh of one account (its time is the snapshot's `fetchedAt`), then runs
  /// maintenance when it is due. Never throws: a full disk, a lock held past the busy timeout
  /// or an I/O error skip this refresh with the reason.
  @discardableResult
  public func record(_ snapshot: AccountSnapshot) -> HistoryWriteResult {
    record([snapshot])
  }

  /// Writes several refreshes in one transaction: the accounts of one refresh land within
  /// milliseconds of each other, and one commit costs about as much as one row.
  @discardableResult
  public func record(_ snapshots: [AccountSnapshot]) -> HistoryWriteResult {
    guard !snapshots.isEmpty else { return .written }
    do {
      // Read and updated inside the write, which the pool runs one at a time, so two callers
      // never compare against the same stale row.
      let resolved = try pool.write { db in
        let known = writtenCurrencies.withLock { $0 }
        var ids = names.withLock { $0 }
        var written: [HistoryNames.Account: [String: WrittenCurrency]] = [:]
        for snapshot in snapshots {
          let account = HistoryNames.Account(snapshot)
          written[account] = try insert(snapshot, known: written[account] ?? known[account] ?? [:], names: &ids, db)
        }
        writtenCurrencies.withLock { cache in
          for (account, currencies) in written { cache[account] = currencies }
        }
        return ids
      }
      names.withLock { $0 = resolved }
    } catch {
      // Rolled back: forget these accounts, so their next refresh writes every currency again.
      writtenCurrencies.withLock { cache in
        for snapshot in snapshots { cache[HistoryNames.Account(snapshot)] = nil }
      }
      let names = snapshots.map(\.accountName).joined(separator: ", ")
      return .skipped("history: refresh of \(names) not recorded: " + HistoryStore.reason(error))
    }
    if let warning = maintainIfDue().warning { return .writtenWithWarning(warning) }
    return .written
  }

  /// Runs maintenance if `maintenanceInterval` has passed since the last pass.
  func maintainIfDue() -> HistoryWriteResult {
    let now = Self.milliseconds(clock.now())
    let interval = settings.maintenanceInterval.wholeMilliseconds
    let due = lastMaintenance.withLock { last -> Bool in
      if let previous = last, now - previous < interval { return false }
      last = now
      return true
    }
    return due ? maintain() : .written
  }

  /// Writes the refresh row, and a row for each currency whose figures changed since the last
  /// row written for it or whose hour is new; returns what is now the last row of each.
  private func insert(
    _ snapshot: AccountSnapshot, known: [String: WrittenCurrency], names: inout HistoryNames, _ db: Database
  ) throws -> [String: WrittenCurrency] {
    let risk = snapshot.risk
    let account = try names.id(of: HistoryNames.Account(snapshot), db)
    let statement = try db.cachedStatement(
      sql: """
        INSERT INTO refresh (account_id, at_ms, level, past_liquidation, margin_usage, equity_usd, adjusted_equity_usd)
        VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (account_id, at_ms) DO NOTHING
        """)
    // A refresh is keyed by account and millisecond: when another instance recorded the same
    // account in the same millisecond, this one takes the next free one instead of being lost.
    var at = Self.milliseconds(snapshot.fetchedAt)
    while true {
      try statement.execute(arguments: [
        account, at, risk.level.storedCode, risk.pastLiquidation, risk.marginUsage?.text,
        snapshot.totals.equityUSD?.text, snapshot.totals.adjustedEquityUSD?.text,
      ])
      if db.changesCount > 0 { break }
      let (next, overflow) = at.addingReportingOverflow(1)
      guard !overflow else { throw HistoryError("no free millisecond after \(at)") }
      at = next
    }
    let currencyStatement = try db.cachedStatement(
      sql: """
        INSERT INTO refresh_currency (account_id, at_ms, position, currency_id, equity, liabilities, auto_conversion_risk, forced_repayment_risk)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        """)
    let hour = Self.milliseconds(snapshot.fetchedAt) / 3_600_000
    // A currency that left the snapshot is forgotten, so it is written again when it returns.
    var written: [String: WrittenCurrency] = [:]
    for (position, balance) in snapshot.currencies.enumerated() {
      let row = WrittenCurrency(
        hour: hour, equity: balance.equity?.text, liabilities: balance.liabilities?.text,
        autoConversionRisk: balance.autoConversionRisk, forcedRepaymentRisk: balance.forcedRepaymentRisk)
      written[balance.currency] = row
      if let last = known[balance.currency], last.covers(row) { continue }
      try currencyStatement.execute(arguments: [
        account, at, position, try names.id(ofCurrency: balance.currency, db), row.equity, row.liabilities,
        row.autoConversionRisk, row.forcedRepaymentRisk,
      ])
    }
    return written
  }

  /// Epoch milliseconds, the unit of every stored time.
  static func milliseconds(_ date: Date) -> Int64 {
    Int64((date.timeIntervalSince1970 * 1000).rounded(.down))
  }

  /// The error as a user reads it: which of the faults the store expects, or SQLite's message.
  public static func reason(_ error: any Error) -> String {
    guard let error = error as? DatabaseError else { return String(describing: error) }
    switch error.resultCode {
    case .SQLITE_FULL: return "disk full"
    case .SQLITE_BUSY, .SQLITE_LOCKED: return "database locked by another process"
    case .SQLITE_READONLY: return "database is read-only"
    case .SQLITE_CORRUPT, .SQLITE_NOTADB: return "database corrupt (it is moved aside at the next start)"
    case .SQLITE_IOERR: return "I/O error"
    default: return error.message ?? String(describing: error)
    }
  }
}
