// Decodes a generated 500-currency OKX balance and a 500-coin Bybit wallet many times and
// prints the time per decode. Run it in release: scripts/bench-decode.sh (scripts/bench-ccxt.sh
// times ccxt on the same payloads).
import ExchangeKit
import ExchangeModel
import Foundation

/// One OKX balance detail with all 44 fields of the recorded payload, for currency `code`.
func okxDetail(_ code: String, _ i: Int) -> String {
  """
  {"accAvgPx":"","availBal":"0.66126645221\(i)","availEq":"0.6612664522199999","borrowFroz":"0","cashBal":"1.06126645222",\
  "ccy":"\(code)","clSpotInUseAmt":"","colBorrAutoConversion":"0","collateralEnabled":true,"collateralRestrict":false,\
  "crossLiab":"0","disEq":"62215.9\(i)","eq":"1.06126645222","eqUsd":"64011.6234\(i)","fixedBal":"0","frozenBal":"0.4",\
  "imr":"","interest":"0","isoEq":"0","isoLiab":"0","isoUpl":"0","liab":"0","maxLoan":"4.1","maxSpotInUse":"",\
  "mgnRatio":"","mmr":"","notionalLever":"","openAvgPx":"","ordFrozen":"0.4","rewardBal":"","smtSyncEq":"0","spotBal":"",\
  "spotCopyTradingEq":"0","spotInUseAmt":"","spotIsoBal":"0","spotUpl":"","spotUplRatio":"","stgyEq":"0","totalPnl":"",\
  "totalPnlRatio":"","twap":"0","uTime":"1705564213903","upl":"-7.545600000000006","uplLiab":"0"}
  """
}

/// One Bybit coin with every per-coin field of the current docs, for coin `code`.
func bybitCoin(_ code: String, _ i: Int) -> String {
  """
  {"availableToBorrow":"","bonus":"0","accruedInterest":"0","availableToWithdraw":"","totalOrderIM":"0",\
  "equity":"5848.5393391\(i)","totalPositionMM":"0.33266212","usdValue":"5849.59207626","unrealisedPnl":"0.3392",\
  "collateralSwitch":true,"spotHedgingQty":"0","borrowAmount":"0.000000000000000000","totalPositionIM":"3.18541012",\
  "walletBalance":"5848.20013918","cumRealisedPnl":"6393.66232648","locked":"0","marginCollateral":true,\
  "coin":"\(code)","colRes":"0","spotBorrow":"0"}
  """
}

func okxBalance(_ count: Int) -> Data {
  let details = (0..<count).map { okxDetail("C\($0)", $0) }.joined(separator: ",")
  return Data(
    """
    {"code":"0","msg":"","data":[{"adjEq":"152550.80919105993","availEq":"151083.76008402856","borrowFroz":"88.2",\
    "imr":"1467.0491070313568","isoEq":"0","mgnRatio":"15986.632239614408","mmr":"9.542349347713226",\
    "notionalUsd":"10147.9","ordFroz":"0","totalEq":"43749372.50896299","uTime":"1705564223311","upl":"-7.54",\
    "details":[\(details)]}]}
    """.utf8)
}

func bybitWallet(_ count: Int) -> Data {
  let coins = (0..<count).map { bybitCoin("C\($0)", $0) }.joined(separator: ",")
  return Data(
    """
    {"retCode":0,"retMsg":"OK","result":{"list":[{"totalEquity":"92255.96988644","accountIMRate":"0.0006",\
    "totalMarginBalance":"90042.2788482","totalInitialMargin":"54.3100333","accountType":"UNIFIED",\
    "totalAvailableBalance":"89987.9688149","accountMMRate":"0","totalPerpUPL":"-21.66812467",\
    "totalWalletBalance":"90060.46626531","accountLTV":"0","totalMaintenanceMargin":"7.38826721","coin":[\(coins)]}]},\
    "retExtInfo":{},"time":1736866023302}
    """.utf8)
}

/// CPU time of this thread in milliseconds: unlike wall time it does not count the time other
/// processes hold the cores, so figures stay comparable on a busy machine.
func threadCPUMilliseconds() -> Double {
  var spec = timespec()
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
  return Double(spec.tv_sec) * 1000 + Double(spec.tv_nsec) / 1_000_000
}

/// Per-decode figures in milliseconds.
struct Figures {
  var wallMedian: Double
  var wallMean: Double
  var cpuMedian: Double
  var cpuMean: Double
}

/// Times `iterations` decodes after a warm-up.
func measure(iterations: Int, _ decode: () throws -> AccountSnapshot) rethrows -> Figures {
  for _ in 0..<5 { _ = try decode() }
  var wall: [Double] = []
  var cpu: [Double] = []
  let clock = ContinuousClock()
  for _ in 0..<iterations {
    let cpuStart = threadCPUMilliseconds()
    let elapsed = try clock.measure { _ = try decode() }
    cpu.append(threadCPUMilliseconds() - cpuStart)
    let parts = elapsed.components
    wall.append((Double(parts.seconds) + Double(parts.attoseconds) / 1e18) * 1000)
  }
  wall.sort()
  cpu.sort()
  return Figures(
    wallMedian: wall[wall.count / 2], wallMean: wall.reduce(0, +) / Double(wall.count), cpuMedian: cpu[cpu.count / 2],
    cpuMean: cpu.reduce(0, +) / Double(cpu.count))
}

let count = 500
let okx = okxBalance(count)
let bybit = bybitWallet(count)
// `--write-payloads DIR` writes the two payloads instead, so another decoder (ccxt, in
// scripts/bench-ccxt.sh) is timed on exactly these bytes.
if CommandLine.arguments.count == 3, CommandLine.arguments[1] == "--write-payloads" {
  let directory = URL(fileURLWithPath: CommandLine.arguments[2])
  do {
    try okx.write(to: directory.appendingPathComponent("okx-balance-\(count).json"))
    try bybit.write(to: directory.appendingPathComponent("bybit-wallet-\(count).json"))
  } catch {
    print("error: \(error)")
    exit(1)
  }
  exit(0)
}
let iterations = Int(CommandLine.arguments.dropFirst().first ?? "") ?? 200
let now = Date()
print("DecodeBenchmark: \(count) currencies, \(iterations) decodes each after 5 warm-up decodes")
do {
  let okxSnapshot = try OKXBalanceDecoder.decode(okx, accountName: "bench", mode: .multiCurrencyMargin, fetchedAt: now)
  let bybitSnapshot = try BybitWalletDecoder.decode(bybit, accountName: "bench", mode: .unified, fetchedAt: now)
  guard okxSnapshot.currencies.count == count, bybitSnapshot.currencies.count == count else {
    print("error: decoded the wrong number of currencies")
    exit(1)
  }
  let okxTimes = try measure(iterations: iterations) {
    try OKXBalanceDecoder.decode(okx, accountName: "bench", mode: .multiCurrencyMargin, fetchedAt: now)
  }
  let bybitTimes = try measure(iterations: iterations) {
    try BybitWalletDecoder.decode(bybit, accountName: "bench", mode: .unified, fetchedAt: now)
  }
  func row(_ name: String, _ bytes: Int, _ figures: Figures) -> String {
    String(
      format: "%@ %5.0f KB   wall: median %6.2f ms, mean %6.2f ms   CPU: median %6.2f ms, mean %6.2f ms", name,
      Double(bytes) / 1024, figures.wallMedian, figures.wallMean, figures.cpuMedian, figures.cpuMean)
  }
  print(row("OKX balance ", okx.count, okxTimes))
  print(row("Bybit wallet", bybit.count, bybitTimes))
} catch {
  print("error: \(error)")
  exit(1)
}
