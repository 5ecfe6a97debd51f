import ExchangeModel
import Foundation

/// A balance source that needs no network: a fixed account whose figures drift a little on
/// every fetch. For development of the screen, its benchmark and tests.
public actor FixtureBalanceSource: BalanceSource {
  public nonisolated let accountName: String
  public nonisolated let venue: Venue
  public nonisolated let minimumInterval: Duration
  private let mode: AccountMode
  private var fetches = 0

  public init(accountName: String, venue: Venue, mode: AccountMode, minimumInterval: Duration = .seconds(1)) {
    self.accountName = accountName
    self.venue = venue
    self.mode = mode
    self.minimumInterval = minimumInterval
  }

  public func fetchSnapshot() async throws -> AccountSnapshot {
    fetches += 1
    // A small, deterministic wobble: a few figures change each time, most stay.
    let step = Decimal(fetches % 7) - 3
    let btcPrice = Decimal(97_000) + step * 13
    let btc = Self.decimal("1.2534")
    let usdt = Decimal(25_000) + step * 5
    let eth = Self.decimal("14.75")
    let ethPrice = Decimal(3_400) - step * 2
    let currencies = [
      currency("BTC", equity: btc, price: btcPrice, liabilities: nil, upl: step * 21),
      currency("USDT", equity: usdt, price: 1, liabilities: Decimal(1_200), upl: nil),
      currency("ETH", equity: eth, price: ethPrice, liabilities: nil, upl: -step * 4),
    ]
    let equity = btc * btcPrice + usdt + eth * ethPrice
    let totals = AccountTotals(
      equityUSD: Amount(computed: equity), adjustedEquityUSD: Amount(computed: equity * Self.decimal("0.97")),
      initialMarginUSD: Amount(computed: Decimal(18_250) + step * 10), maintenanceMarginUSD: Amount(computed: Decimal(4_100)),
      marginRatio: mode == .spot ? nil : Amount(computed: Self.decimal("31.4") + step),
      marginUsage: mode == .spot ? nil : Amount(computed: Self.decimal("0.0318")),
      unrealizedPnLUSD: Amount(computed: step * 17))
    return AccountSnapshot(
      venue: venue, accountName: accountName, mode: mode, fetchedAt: Date(), exchangeTime: Date(), totals: totals,
      currencies: currencies)
  }

  /// A literal decimal; the literals here are valid, and a typo shows as zero, not a crash.
  private static func decimal(_ text: String) -> Decimal {
    Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) ?? 0
  }

  private func currency(_ code: String, equity: Decimal, price: Decimal, liabilities: Decimal?, upl: Decimal?) -> CurrencyBalance {
    CurrencyBalance(
      currency: code, equity: Amount(computed: equity), equityUSD: Amount(computed: equity * price),
      cashBalance: Amount(computed: equity), available: Amount(computed: equity), frozen: Amount(computed: 0),
      liabilities: liabilities.map { Amount(computed: $0) }, interest: liabilities.map { _ in Amount(computed: Self.decimal("0.42")) },
      unrealizedPnL: upl.map { Amount(computed: $0) }, autoConversionRisk: mode == .spot ? nil : 0,
      forcedRepaymentRisk: mode == .spot ? nil : 0, collateralEnabled: true)
  }
}
