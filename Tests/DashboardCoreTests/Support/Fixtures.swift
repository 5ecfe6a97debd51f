import DashboardCore
import DashboardThemes
import ExchangeModel
import Foundation

/// Realistic dashboard states built from the recorded venue fixtures, without a network or clock.
enum Fixtures {
  /// A fixed "now" so ages on screen are stable.
  static let t0 = Date(timeIntervalSince1970: 1_763_726_400)

  /// An amount from text the test knows is valid.
  static func a(_ text: String) -> Amount {
    guard let amount = Amount(text) else { fatalError("not an amount literal: \(text)") }
    return amount
  }

  static let accounts = [
    AccountDescriptor(name: "okx-main", venue: .okx),
    AccountDescriptor(name: "bybit-uta", venue: .bybit),
  ]

  static func okxSnapshot(at date: Date = t0, currencies: [CurrencyBalance] = okxCurrencies, totals: AccountTotals = okxTotals) -> AccountSnapshot {
    AccountSnapshot(venue: .okx, accountName: "okx-main", mode: .multiCurrencyMargin, fetchedAt: date, totals: totals, currencies: currencies)
  }

  static func bybitSnapshot(at date: Date = t0, currencies: [CurrencyBalance] = bybitCurrencies) -> AccountSnapshot {
    AccountSnapshot(
      venue: .bybit, accountName: "bybit-uta", mode: .unified, fetchedAt: date, totals: bybitTotals, currencies: currencies,
      marginInfo: MarginInfo(marginMode: .regular, unifiedMarginStatus: 5))
  }

  /// OKX under stress: borrowed USDT being auto-converted, BTC with forced-repayment risk, LTC
  /// restricted as collateral, and the account close to liquidation (mgnRatio 1.08).
  static var stressedOKXCurrencies: [CurrencyBalance] {
    okxCurrencies.map { balance in
      var balance = balance
      switch balance.currency {
      case "USDT":
        balance.equity = a("-1250.5")
        balance.equityUSD = a("-1250.62505")
        balance.liabilities = a("1250.500258796")
        balance.interest = a("0.01234567")
        balance.autoConversionRisk = 5
        balance.forcedRepaymentRisk = 3
        balance.forcedRepaymentType = 2
      case "BTC":
        balance.forcedRepaymentRisk = 2
        balance.unrealizedPnL = a("-0.0312")
      case "LTC":
        balance.collateralRestriction = 2
        balance.autoConversionRisk = 1
      case "ETH":
        balance.unrealizedPnL = a("0.25")
      default: break
      }
      return balance
    }
  }

  static var stressedOKXTotals: AccountTotals {
    var totals = okxTotals
    totals.marginRatio = a("1.08")
    totals.unrealizedPnLUSD = a("-3122.75")
    return totals
  }

  /// Both accounts loaded at `t0`, viewed at `t0 + 3 s`, on `tab`.
  static func loadedState(tab: Int = 1, size: TerminalSize = TerminalSize(width: 80, height: 24), settings: DashboardSettings = DashboardSettings()) -> DashboardState {
    var state = DashboardState(accounts: accounts, settings: settings, now: t0)
    send(&state, .resize(size))
    send(&state, .snapshot(account: 0, okxSnapshot()))
    send(&state, .snapshot(account: 1, bybitSnapshot()))
    send(&state, .tick(t0.addingTimeInterval(3)))
    state.tab = tab
    return state
  }

  /// Applies events, ignoring effects.
  static func send(_ state: inout DashboardState, _ events: DashboardEvent...) {
    for event in events { _ = Dashboard.reduce(&state, event) }
  }

  /// Presses keys in order and returns every effect.
  @discardableResult
  static func press(_ state: inout DashboardState, _ keys: KeyPress...) -> [DashboardEffect] {
    keys.flatMap { Dashboard.reduce(&state, .key($0)) }
  }

  static let theme = ResolvedTheme.fallback(depth: .ansi16)

  /// A theme where every role has its own style, so a cell's style names its role exactly.
  static let distinctTheme = ResolvedTheme(
    name: "distinct", depth: .indexed256,
    styles: Dictionary(uniqueKeysWithValues: ThemeRole.allCases.enumerated().map { ($1, CellStyle(foreground: .indexed(UInt8(16 + $0)))) }))
}
