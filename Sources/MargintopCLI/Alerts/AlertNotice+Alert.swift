import Alerting
import DashboardCore

extension AlertNotice {
  /// The dashboard's view of `alert`.
  init(_ alert: Alert) {
    let unit: Unit
    switch alert.subject {
    case .marginUsage: unit = .percent
    case .autoConversion, .forcedRepayment: unit = .scale
    case .collateralRestriction: unit = .code
    case .stale: unit = .seconds
    case .decoding, .failing, .unknown: unit = .fields
    }
    self.init(
      account: alert.account, exchange: alert.exchange, subject: alert.subject.rawValue, currency: alert.currency,
      level: alert.level, previousLevel: alert.previousLevel, value: alert.value, threshold: alert.threshold, unit: unit,
      at: alert.at)
  }
}
