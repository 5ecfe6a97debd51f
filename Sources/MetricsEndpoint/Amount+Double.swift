import ExchangeModel

extension ExactDecimal {
  /// The nearest `Double`: the one place margintop gives up exact decimals, because Prometheus
  /// samples are 64-bit floats. Everything upstream (model, JSON, alerts, history) stays exact.
  var metricValue: Double { doubleValue }
}

extension Amount {
  /// The amount as a Prometheus sample (see `ExactDecimal.metricValue`).
  var metricValue: Double { value.metricValue }
}
