import DashboardCore
import ExchangeModel
import Foundation

extension Fixtures {
  /// A few alerts of the fixture accounts, oldest first, one second apart from `t0 + 1 s`.
  static var alertNotices: [AlertNotice] {
    let at = { (seconds: Double) in t0.addingTimeInterval(seconds) }
    return [
      AlertNotice(
        account: "okx-main", exchange: .okx, subject: "margin_usage", currency: nil, level: .warn, previousLevel: .watch,
        value: ExactDecimal("71.35"), threshold: 70, unit: .percent, at: at(1)),
      AlertNotice(
        account: "bybit-uta", exchange: .bybit, subject: "stale", currency: nil, level: .warn, previousLevel: .ok, value: 61,
        threshold: 60, unit: .seconds, at: at(2)),
      AlertNotice(
        account: "okx-main", exchange: .okx, subject: "collateral_restriction", currency: "LTC", level: .danger,
        previousLevel: .warn, value: 2, threshold: 2, unit: .code, at: at(3)),
      AlertNotice(
        account: "okx-main", exchange: .okx, subject: "auto_conversion", currency: "USDT", level: .critical,
        previousLevel: .danger, value: 4, threshold: 4, unit: .scale, at: at(4)),
    ]
  }
}
