import Alerting
import DashboardCore
import ExchangeModel
import Foundation

extension Fixtures {
  /// A few alerts of the fixture accounts, oldest first, one second apart from `t0 + 1 s`.
  static var alerts: [Alert] {
    let at = { (seconds: Double) in t0.addingTimeInterval(seconds) }
    return [
      Alert(
        account: "okx-main", exchange: .okx, subject: .marginUsage, currency: nil, level: .warn, previousLevel: .watch,
        value: ExactDecimal("71.35"), threshold: 70, at: at(1), message: "okx-main margin usage 71.35 %"),
      Alert(
        account: "bybit-uta", exchange: .bybit, subject: .stale, currency: nil, level: .warn, previousLevel: .ok, value: 61,
        threshold: 60, at: at(2), message: "bybit-uta data age 61 s"),
      Alert(
        account: "okx-main", exchange: .okx, subject: .collateralRestriction, currency: "LTC", level: .danger,
        previousLevel: .warn, value: 2, threshold: 2, at: at(3), message: "okx-main LTC colRes 2"),
      Alert(
        account: "okx-main", exchange: .okx, subject: .autoConversion, currency: "USDT", level: .critical,
        previousLevel: .danger, value: 4, threshold: 4, at: at(4), message: "okx-main USDT auto-conversion 4/5"),
    ]
  }
}
