import Prometheus

/// The metrics margintop exports: names, units and help text in one place (docs/fleets.md
/// lists the same).
enum MetricName {
  // A table, one metric a line: the lines run long rather than split each entry over four.
  static var marginUsage: MetricNameDescriptor { named("margin_usage", unit: "ratio", help: "Margin usage of the account, 1 = liquidation; +Inf when past liquidation with no finite figure.") }
  static var riskLevel: MetricNameDescriptor { named("risk_level", unit: "", help: "Account risk level: 0 none, 1 ok, 2 unknown, 3 watch, 4 warn, 5 danger, 6 critical.") }
  static var pastLiquidation: MetricNameDescriptor { named("past_liquidation", unit: "", help: "1 when the account is at or past liquidation, else 0.") }
  static var equity: MetricNameDescriptor { named("equity", unit: "usd", help: "Total equity of the account in USD.") }
  static var liabilitiesUSD: MetricNameDescriptor { named("liabilities", unit: "usd", help: "Liabilities of one currency in USD, at the venue's own price (equity USD / equity).") }
  static var liabilities: MetricNameDescriptor { named("liabilities", unit: "", help: "Liabilities of one currency, in units of that currency.") }
  static var currencyRiskLevel: MetricNameDescriptor { named("currency_risk_level", unit: "", help: "Risk level of one currency, same 0-6 mapping as margintop_risk_level.") }
  static var autoConversion: MetricNameDescriptor { named("auto_conversion_risk_level", unit: "", help: "Venue auto-conversion risk of one currency, 0-5 (OKX colBorrAutoConversion).") }
  static var forcedRepayment: MetricNameDescriptor { named("forced_repayment_risk_level", unit: "", help: "Venue forced-repayment risk of one currency, 0-5 (OKX twap).") }
  static var lastSuccess: MetricNameDescriptor { named("last_success_timestamp", unit: "seconds", help: "Unix time of the account's last successful refresh.") }
  static var refreshErrors: MetricNameDescriptor { named("refresh_errors", unit: "total", help: "Failed refreshes of the account, by error kind.") }
  static var requestDuration: MetricNameDescriptor { named("request_duration", unit: "seconds", help: "Time from the start of a refresh to its snapshot or failure.") }

  /// A metric of margintop's namespace.
  private static func named(_ name: String, unit: String, help: String) -> MetricNameDescriptor {
    MetricNameDescriptor(namespace: "margintop", metricName: name, unitName: unit, helpText: help)
  }

  /// Upper bounds of the request duration buckets, in seconds.
  static let durationBuckets: [Double] = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30]
}
