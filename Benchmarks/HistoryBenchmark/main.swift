// Write cost of the history store per refresh, and the size of the database it leaves.
//
//   HistoryBenchmark --path FILE [--accounts 5] [--currencies 20] [--days 1] [--interval 5]
//   HistoryBenchmark --path FILE --forever      (writes until killed; the kill test uses it)
//
// Time is simulated (an injected clock moved by --interval per refresh), so a day of refreshes
// takes seconds and retention runs as it would.
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

func snapshot(account: Int, currencies: Int, step: Int, at date: Date) -> AccountSnapshot {
  let wobble = (step * 7919 + account * 31) % 97
  let mmr = Amount("\(1_000 + wobble).5") ?? Amount(computed: 1)
  let adjusted = Amount("\(90_000 + wobble * 3).25") ?? Amount(computed: 1)
  let totals = AccountTotals(
    equityUSD: Amount("\(100_000 + wobble).123456789"), adjustedEquityUSD: adjusted, maintenanceMarginUSD: mmr,
    marginRatio: adjusted.value.divided(by: mmr.value, scale: 20).map { Amount(computed: $0) })
  let balances = (0..<currencies).map { index in
    CurrencyBalance(
      currency: "C\(index)", equity: Amount("\(wobble + index).00000001"), liabilities: Amount("\(wobble).5"),
      autoConversionRisk: wobble % 6, forcedRepaymentRisk: 0)
  }
  return AccountSnapshot(
    venue: .okx, accountName: "account-\(account)", mode: .multiCurrencyMargin, fetchedAt: date, totals: totals,
    currencies: balances)
}

let options = Options(CommandLine.arguments)
guard !options.path.isEmpty else {
  FileHandle.standardError.write(Data("usage: HistoryBenchmark --path FILE [--accounts N] [--currencies N] [--days D] [--interval S] [--forever]\n".utf8))
  exit(2)
}
let time = SimulatedTime()
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
    if store.record(snapshot(account: 0, currencies: options.currencies, step: step, at: now)).isWritten {
      step += 1
      FileHandle.standardOutput.write(Data("written \(step)\n".utf8))
    }
  }
}

let refreshes = Int(options.days * 86_400 / options.interval)
var skipped = 0
let clock = ContinuousClock()
let elapsed = clock.measure {
  for step in 0..<refreshes {
    let now = time.current.withLock { $0 = $0.addingTimeInterval(options.interval); return $0 }
    // The accounts of one refresh in one transaction, as the dashboard's recorder writes them.
    let batch = (0..<options.accounts).map { snapshot(account: $0, currencies: options.currencies, step: step, at: now) }
    if !store.record(batch).isWritten { skipped += options.accounts }
  }
}
let writes = refreshes * options.accounts
let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
let size = (try? FileManager.default.attributesOfItem(atPath: options.path)[.size] as? Int) ?? 0
let wal = (try? FileManager.default.attributesOfItem(atPath: options.path + "-wal")[.size] as? Int) ?? 0
print("refreshes: \(refreshes) of \(options.accounts) accounts × \(options.currencies) currencies (\(writes) writes, \(skipped) skipped)")
print(String(format: "write cost: %.3f ms per refresh of all accounts, %.3f ms per account", seconds * 1000 / Double(max(refreshes, 1)), seconds * 1000 / Double(max(writes, 1))))
print("database: \(size) bytes (+ \(wal) bytes WAL), \((try? store.usedBytes()) ?? 0) bytes in use")
