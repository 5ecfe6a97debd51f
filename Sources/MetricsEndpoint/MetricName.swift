import Prometheus

/// The metrics margintop exports: names, units and help text in one place (docs/fleets.md
/// lists the same).
enum MetricName {
  static var marginUsage: MetricNameDescriptor {
    MetricNameDescriptor(
      namespace: "margintop", metricName: "margin_usage", unitName: "ratio",
      helpText: "Margin usage of the account, 1 = liquidation; +Inf when past liquidation with no finite figure.")
  }
  static var riskLevel: MetricNameDescriptor {
    MetricNameDescriptor(
      namespace: "margintop", metricName: "risk_level", unitName: "",
      helpText: "Account risk level: 0 none, 1 ok, 2 unknown, 3 watch, 4 warn, 5 danger, 6 critical.")
  }
  static var pastLiquidation: MetricNameDescriptor {
    MetricNameDescriptor(
      namespace: "margintop", metricName: "past_liquidation", unitName: "",
      helpText: "1 when the account is at or past liquidation, else 0.")
  }
  static var equity: MetricNameDescriptor {
    MetricNameDescriptor(
      namespace: "margintop", metricName: "equity", unitName: "usd", helpText: "Total equity of the account in USD.")
  }
  static var liabilitiesUSD: MetricNameDescriptor {
    MetricNameDescriptor(
      namespace: "margintop", metricName: "liabilities", unitName: "usd",
      helpText: "Liabilities of one currency in USD, at the venue's own price (equity USD / equity).")
  }
  static var liabilities: MetricNameDescriptor {
    MetricNameDescriptor(
      namespace: "margintop", metricName: "liabilities", unitName: "",
      helpText: "Liabilities of one currency, in units of that currency.")
  }
  static var currencyRiskLevel: MetricNameDescriptor {
    MetricNameDescriptor(
      namespace: "margintop", metricName: "currency_risk_level", unitName: "",
      helpText: "Risk level of one currency, same 0-6 mapping as margintop_risk_level.")
  }
  static var autoConversion: MetricNameDescriptor {
    MetricNameDescriptor(
      namespace: "margintop", metricName: "auto_conversion_risk_level", unitName: "",
      helpText: "Venue auto-conversion risk of one currency, 0-5 (OKX colBorrAutoConversion).")
  }
  static var forcedRepayment: MetricNameDescriptor {
    MetricNameDescriptor(
      namespace: "margintop", metricName: "forced_repayment_risk_level", unitName: "",
      helpText: "Venue forced-repayment risk of one currency, 0-5 (OKX twap).")
  }
  static var lastSuccess: MetricNameDescriptor {
    MetricNameDescriptor(
      namespace: "margintop", metricName: "last_success_timestamp", unitName: "seconds",
      helpText: "Unix time of the account's last successful refresh.")
  }
  static var refreshErrors: MetricNameDescriptor {
    MetricNameDescriptor(
      namespace: "margintop", metricName: "refresh_errors", unitName: "total",
      helpText: "Failed refreshes of the account, by error kind.")
  }
  static var requestDuration: MetricNameDescriptor {
    MetricNameDescriptor(
      namespace: "margintop", metricName: "request_duration", unitName: "seconds",
      helpText: "Time from the start of a refresh to its snapshot or failure.")
  }

  /// Upper bounds of the request duration buckets, in seconds.
  static let durationBuckets: [Double] = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30]
}
