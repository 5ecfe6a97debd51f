import ExchangeModel
import Foundation

/// The fixed set of simulated accounts and their documented test credentials.
enum SimulatedAccounts {
  /// Passphrase of every simulated OKX key.
  static let okxPassphrase = "Margintop-Sim-1"

  /// One OKX account per mode (acctLv 1–4), then the Bybit UNIFIED accounts: regular, isolated
  /// and portfolio margin.
  ///
  /// At the episode's peak the multi-currency account's adjusted equity goes negative
  /// (`mgnRatio` about -0.35 with `mmr` above zero), the portfolio-margin one passes liquidation
  /// (`mgnRatio` about 0.96) and the Futures-mode USDT cross `mgnRatio` comes to about 1.02 while
  /// an isolated position is open.
  static let all: [SimulatedAccount] = [
    okx(.spot, key: "sim-okx-spot-0001", uid: "731200000000000001", holdings: spotHoldings, calm: "18.5", peak: "3.2"),
    okx(.futures, key: "sim-okx-futures-0002", uid: "731200000000000002", holdings: futuresHoldings, calm: "11.7", peak: "1.02"),
    okx(
      .multiCurrencyMargin, key: "sim-okx-mcm-0003", uid: "731200000000000003", holdings: marginHoldings, calm: "6.4",
      peak: "-0.35", drive: .equity),
    okx(.portfolioMargin, key: "sim-okx-pm-0004", uid: "731200000000000004", holdings: marginHoldings, calm: "8.9", peak: "0.96"),
    SimulatedAccount(
      key: SimulatedKey(apiKey: "SIMBYBITUNIFIED0005", secret: "SimBybitUnifiedSecret0005", venue: .bybit, mode: .unified),
      uid: "190000005", label: "margintop-sim", holdings: bybitHoldings,
      margin: MarginProfile(calm: dec("0.1214"), peak: dec("0.9"))),
    SimulatedAccount(
      key: SimulatedKey(
        apiKey: "SIMBYBITISOLATED0006", secret: "SimBybitIsolatedSecret0006", venue: .bybit, mode: .unified,
        name: "bybit-isolated"),
      uid: "190000006", label: "margintop-sim", holdings: bybitIsolatedHoldings,
      margin: MarginProfile(calm: dec("0.0812"), peak: dec("0.74")), bybitMarginMode: .isolated, unifiedMarginStatus: 5),
    SimulatedAccount(
      key: SimulatedKey(
        apiKey: "SIMBYBITPORTFOLIO0007", secret: "SimBybitPortfolioSecret0007", venue: .bybit, mode: .unified,
        name: "bybit-pm"),
      uid: "190000007", label: "margintop-sim", holdings: bybitHoldings,
      margin: MarginProfile(calm: dec("0.0931"), peak: dec("0.82")), bybitMarginMode: .portfolio),
  ]

  /// The account holding `apiKey`, if any.
  static func account(apiKey: String, venue: Venue) -> SimulatedAccount? {
    all.first { $0.key.apiKey == apiKey && $0.key.venue == venue }
  }

  private static func okx(
    _ mode: AccountMode, key: String, uid: String, holdings: [Holding], calm: String, peak: String,
    drive: MarginProfile.Drive = .requirement
  ) -> SimulatedAccount {
    let secret = "SIMOKX-" + key.split(separator: "-").dropFirst(2).joined(separator: "-").uppercased() + "-SECRET"
    return SimulatedAccount(
      key: SimulatedKey(apiKey: key, secret: secret, passphrase: okxPassphrase, venue: .okx, mode: mode),
      uid: uid, label: "margintop-sim", holdings: holdings,
      margin: MarginProfile(calm: dec(calm), peak: dec(peak), drive: drive))
  }

  /// Multi-currency and portfolio margin: 20 currencies with a borrowed stablecoin, a BTC perp,
  /// a coin near the collateral limit, a non-collateral meme coin and dust.
  static let marginHoldings: [Holding] = [
    Holding(symbol: "BTC", cash: dec("1.84215637"), frozen: dec("0.1"), discount: dec("0.98"), realisedPnL: dec("0.01215")),
    Holding(symbol: "ETH", cash: dec("23.41853012"), discount: dec("0.97")),
    Holding(
      symbol: "USDT", cash: dec("48213.5521"), frozen: dec("441.02"), discount: 1,
      perpetual: .init(underlying: "BTC", quantity: dec("2.5"), entryPrice: dec("90500")),
      realisedPnL: dec("6393.66232648")),
    Holding(
      symbol: "USDC", cash: dec("-38412.229741"), role: .borrowed, discount: 1, hourlyRate: dec("0.0000057"),
      initialInterest: dec("3.184612")),
    Holding(symbol: "SOL", cash: dec("312.447113"), discount: dec("0.9")),
    Holding(symbol: "XRP", cash: dec("8450.2"), discount: dec("0.9")),
    Holding(symbol: "DOGE", cash: dec("25000"), discount: dec("0.85")),
    Holding(symbol: "OKB", cash: dec("120.5"), discount: dec("0.9")),
    Holding(symbol: "TRX", cash: dec("10000"), discount: dec("0.85")),
    Holding(symbol: "LTC", cash: dec("10.29979"), discount: dec("0.9")),
    Holding(symbol: "ADA", cash: dec("1000"), discount: dec("0.9")),
    Holding(symbol: "LINK", cash: dec("180.3"), discount: dec("0.9")),
    Holding(symbol: "TON", cash: dec("4021.55"), role: .nearCollateralLimit, discount: dec("0.7")),
    Holding(symbol: "AVAX", cash: dec("55.1"), discount: dec("0.85")),
    Holding(symbol: "DOT", cash: dec("300"), discount: dec("0.85")),
    Holding(symbol: "UNI", cash: dec("500"), discount: dec("0.85")),
    Holding(symbol: "ARB", cash: dec("900"), discount: dec("0.8")),
    Holding(symbol: "PEPE", cash: dec("1523000000"), collateral: false, discount: 0),
    Holding(symbol: "ETHW", cash: dec("0.00000412"), role: .dust, collateral: false, discount: 0),
    Holding(symbol: "LUNC", cash: dec("0.3871"), role: .dust, collateral: false, discount: 0),
  ]

  /// Spot mode with spot borrowing enabled: the margin portfolio without the perpetual.
  static let spotHoldings: [Holding] = marginHoldings.map { holding in
    var spot = holding
    spot.perpetual = nil
    return spot
  }

  /// Futures mode cannot borrow: the margin portfolio without the borrowed currency, plus an
  /// isolated ETH long on USDT (about 7× leverage, never liquidated by the episode's sell-off).
  static let futuresHoldings: [Holding] = marginHoldings.filter { !$0.isBorrowed }.map { holding in
    var futures = holding
    if holding.symbol == "USDT" {
      futures.isolated = .init(
        perpetual: .init(underlying: "ETH", quantity: 10, entryPrice: dec("3150")), margin: 4500)
    }
    return futures
  }

  /// Bybit UNIFIED: 14 coins with a borrowed USDC (part of it still held), an ETH perp on USDT,
  /// a coin near the collateral limit, a non-collateral meme coin and dust.
  static let bybitHoldings: [Holding] = [
    Holding(
      symbol: "USDT", cash: dec("25431.88412"), frozen: dec("42"), discount: 1,
      perpetual: .init(underlying: "ETH", quantity: dec("12"), entryPrice: dec("3050.5")),
      realisedPnL: dec("-10225.43901403")),
    Holding(
      symbol: "USDC", cash: dec("-9500"), unspentLoan: dec("2500"), role: .borrowed, discount: 1,
      hourlyRate: dec("0.0000068"), initialInterest: dec("1.27361204")),
    Holding(symbol: "BTC", cash: dec("0.85581394"), discount: dec("0.98"), realisedPnL: dec("-0.00190505")),
    Holding(symbol: "ETH", cash: dec("3.21127734"), discount: dec("0.97")),
    Holding(symbol: "SOL", cash: dec("85.5"), discount: dec("0.9")),
    Holding(symbol: "XRP", cash: dec("3200.05245888"), discount: dec("0.9")),
    Holding(symbol: "ADA", cash: dec("38.68128"), discount: dec("0.9")),
    Holding(symbol: "LTC", cash: dec("0.02101953"), role: .dust, discount: dec("0.9")),
    Holding(symbol: "MNT", cash: dec("5400"), discount: dec("0.85")),
    Holding(symbol: "DOGE", cash: dec("12000"), discount: dec("0.85")),
    Holding(symbol: "TON", cash: dec("1500"), role: .nearCollateralLimit, discount: dec("0.7")),
    Holding(symbol: "SUI", cash: dec("800"), discount: dec("0.85")),
    Holding(symbol: "LINK", cash: dec("40"), discount: dec("0.9")),
    Holding(symbol: "PEPE", cash: dec("50000000"), collateral: false, discount: 0),
  ]

  /// Bybit UNIFIED in isolated margin: no borrowing (spot margin is a cross-margin feature), a
  /// SOL perp on USDT margined on its own, majors, a non-collateral meme coin and dust.
  static let bybitIsolatedHoldings: [Holding] = [
    Holding(
      symbol: "USDT", cash: dec("18250.5"), frozen: dec("120"), discount: 1,
      perpetual: .init(underlying: "SOL", quantity: 150, entryPrice: dec("141.2")), realisedPnL: dec("812.44")),
    Holding(symbol: "BTC", cash: dec("0.2153"), discount: dec("0.98")),
    Holding(symbol: "ETH", cash: dec("1.8"), discount: dec("0.97")),
    Holding(symbol: "SOL", cash: dec("60"), discount: dec("0.9")),
    Holding(symbol: "XRP", cash: dec("1500"), discount: dec("0.9")),
    Holding(symbol: "DOGE", cash: dec("8000"), discount: dec("0.85")),
    Holding(symbol: "LINK", cash: dec("25.5"), discount: dec("0.9")),
    Holding(symbol: "TON", cash: dec("600"), role: .nearCollateralLimit, discount: dec("0.7")),
    Holding(symbol: "MNT", cash: dec("2100"), discount: dec("0.85")),
    Holding(symbol: "SUI", cash: dec("300"), discount: dec("0.85")),
    Holding(symbol: "PEPE", cash: dec("20000000"), collateral: false, discount: 0),
    Holding(symbol: "LTC", cash: dec("0.0071"), role: .dust, discount: dec("0.9")),
  ]
}
