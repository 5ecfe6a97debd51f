// Write cost of the history store per refresh, and the size of the database it leaves.
//
//   HistoryBenchmark --path FILE [--accounts 5] [--currencies 20] [--days 1] [--interval 5] [--churn]
//   HistoryBenchmark --path FILE --forever      (writes until killed; the kill test uses it)
//
// Time is simulated (an injected clock moved by --interval per refresh), so a day of refreshes
// takes seconds and retention runs as it would. Account totals (equity, margin) move at every
// refresh, as prices do; a currency's own equity and liabilities (in its units) change only
// on trades (three currencies, every ten minutes) and hourly interest. --churn changes every
// currency at every refresh instead: the worst case. The run ends at the wall clock's now, so
// the database can also seed a dashboard (the screenshots do).
import ExchangeModel
import Foundation
import History
import Synchronization

/// The options, read by hand: this tool has no dependency beyond the store.
struct Options {
  var path = ""
  var accounts = 5
  var currencies = 20
  var days = 1.0
  var interval = 5.0
  var forever = false
  var churn = false
  var names: [String] = []

  init(_ arguments: [String]) {
    var it = arguments.dropFirst().makeIterator()
    while let argument = it.next() {
      switch argument {
      case "--path": path = it.next() ?? ""
      case "--accounts": accounts = it.next().flatMap(Int.init) ?? accounts
      case "--currencies": currencies = it.next().flatMap(Int.init) ?? currencies
      case "--days": days = it.next().flatMap(Double.init) ?? days
      case "--interval": interval = it.next().flatMap(Double.init) ?? interval
      case "--forever": forever = true
      case "--churn": churn = true
      case "--names": names = (it.next() ?? "").split(separator: ",").map(String.init)
      default: FileHandle.standardError.write(Data("unknown argument \(argument)\n".utf8))
      }
    }
  }
}

/// The simulated time, shared with the store through its clock.
final class SimulatedTime: Sendable {
  let current = Mutex(Date(timeIntervalSince1970: 1_793_491_200))
  var clock: HistoryClock { HistoryClock { [self] in current.withLock { $0 } } }
}

func snapshot(account: Int, currencies: Int, step: Int, at date: Date, churn: Bool, name: String?) -> AccountSnapshot {
  let wobble = (step * 7919 + account * 31) % 97
  // A slow episode on top, by the clock: margin usage climbs and falls back every six hours.
  let phase = date.timeIntervalSince1970.truncatingRemainder(dividingBy: 21_600) / 21_600
  let episode = Int(2_000 * (1 - abs(phase * 2 - 1)))
  let mmr = Amount("\(1_000 + wobble + episode * (account + 3) * 10).5") ?? Amount(computed: 1)
  let adjusted = Amount("\(90_000 + wobble * 3).25") ?? Amount(computed: 1)
  let totals = AccountTotals(
    equityUSD: Amount("\(100_000 + wobble).123456789"), adjustedEquityUSD: adjusted, maintenanceMarginUSD: mmr,
    marginRatio: adjusted.value.divided(by: mmr.value, scale: 20).map { Amount(computed: $0) })
  let balances = (0..<currencies).map { index in
    // The first three currencies trade every ten minutes, the others hold; interest moves every
    // liability once an hour (OKX accrues hourly). By the clock, so --interval keeps the pace.
    let minute = Int(date.timeIntervalSince1970 / 60)
    let trades = churn ? step : index < 3 ? minute / 10 : 0
    let interest = churn ? step : minute / 60
    return CurrencyBalance(
      currency: "C\(index)", equity: Amount("\(trades % 1000 + index).00000001"), liabilities: Amount("\(interest % 1000).5"),
      autoConversionRisk: churn ? wobble % 6 : 0, forcedRepaymentRisk: 0)
  }
  return AccountSnapshot(
    venue: .okx, accountName: name ?? "account-\(account)", mode: .multiCurrencyMargin, fetchedAt: date, totals: totals,
    currencies: balances)
}

let options = Options(CommandLine.arguments)
guard !options.path.isEmpty else {
  FileHandle.standardError.write(Data("usage: HistoryBenchmark --path FILE [--accounts N] [--currencies N] [--days D] [--interval S] [--forever]\n".utf8))
  exit(2)
}
let time = SimulatedTime()
let accounts = options.names.isEmpty ? options.accounts : options.names.count
// The run ends now, so a dashboard opened on the file shows it as the recent past.
let refreshes = Int(options.days * 86_400 / options.interval)
time.current.withLock { $0 = Date().addingTimeInterval(-Double(refreshes) * options.interval) }
func make(_ account: Int, step: Int, at date: Date) -> AccountSnapshot {
  snapshot(
    account: account, currencies: options.currencies, step: step, at: date, churn: options.churn,
    name: options.names.indices.contains(account) ? options.names[account] : nil)
}
let opening: HistoryStore.Opening
do {
  opening = try HistoryStore.open(path: options.path, clock: time.clock)
} catch {
  FileHandle.standardError.write(Data("\(error)\n".utf8))
  exit(1)
}
for warning in opening.warnings { FileHandle.standardError.write(Data((warning + "\n").utf8)) }
let store = opening.store

if options.forever {
  // One line per committed refresh, written unbuffered, so a killer knows what was committed.
  var step = 0
  while true {
    let now = time.current.withLock { $0 = $0.addingTimeInterval(options.interval); return $0 }
    if store.record(make(0, step: step, at: now)).isWritten {
      step += 1
      FileHandle.standardOutput.write(Data("written \(step)\n".utf8))
    }
  }
}

var skipped = 0
let clock = ContinuousClock()
let elapsed = clock.measure {
  for step in 0..<refreshes {
    let now = time.current.withLock { $0 = $0.addingTimeInterval(options.interval); return $0 }
    // The accounts of one refresh in one transaction, as the dashboard's recorder writes them.
    let batch = (0..<accounts).map { make($0, step: step, at: now) }
    if !store.record(batch).isWritten { skipped += accounts }
  }
}
let writes = refreshes * accounts
let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
let size = (try? FileManager.default.attributesOfItem(atPath: options.path)[.size] as? Int) ?? 0
let wal = (try? FileManager.default.attributesOfItem(atPath: options.path + "-wal")[.size] as? Int) ?? 0
print("refreshes: \(refreshes) of \(accounts) accounts × \(options.currencies) currencies (\(writes) writes, \(skipped) skipped)")
print(String(format: "write cost: %.3f ms per refresh of all accounts, %.3f ms per account", seconds * 1000 / Double(max(refreshes, 1)), seconds * 1000 / Double(max(writes, 1))))
print("database: \(size) bytes (+ \(wal) bytes WAL), \((try? store.usedBytes()) ?? 0) bytes in use")

// What a dashboard pays at start with this database: each account's sparkline fill (the last
// four hours by minute), read off the main queue; and the history view's longest window.
let names = (0..<accounts).map { options.names.indices.contains($0) ? options.names[$0] : "account-\($0)" }
let end = time.current.withLock { $0 }
var filled = 0
let fill = clock.measure {
  for name in names {
    filled += (try? store.series(account: name, from: end.addingTimeInterval(-4 * 3600), to: end, buckets: 240).count) ?? 0
  }
}
var charted = 0
let chart = clock.measure {
  charted = (try? store.series(account: names[0], from: end.addingTimeInterval(-30 * 86_400), to: end, buckets: 960).count) ?? 0
}
print("sparkline fill: \(fill) for \(names.count) accounts (\(filled) minutes); 30-day chart of one account: \(chart) (\(charted) buckets)")
for (table, bytes) in (try? store.tableBytes()) ?? [] { print("  \(table): \(bytes) bytes") }
