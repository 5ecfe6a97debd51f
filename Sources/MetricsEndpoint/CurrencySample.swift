import ExchangeModel

/// The per-currency figures of one snapshot, as samples. A currency the venue lists twice is
/// merged to its worst reading, since both entries would land on the same series.
struct CurrencySample {
  var liabilities: Double?
  var liabilitiesUSD: Double?
  var level: RiskLevel?
  var autoConversion: Int?
  var forcedRepayment: Int?

  init(_ balance: CurrencyBalance, risk: CurrencyRisk?) {
    liabilities = balance.liabilities?.metricValue
    liabilitiesUSD = CurrencySample.usdValue(of: balance.liabilities, balance: balance)
    level = risk?.level
    autoConversion = balance.autoConversionRisk
    forcedRepayment = balance.forcedRepaymentRisk
  }

  /// `amount` at the venue's own price of the currency (equity USD / equity); `nil` when the
  /// venue gives no price (no equity, or equity of zero).
  static func usdValue(of amount: Amount?, balance: CurrencyBalance) -> Double? {
    guard let amount, let equity = balance.equity?.metricValue, let equityUSD = balance.equityUSD?.metricValue,
      equity != 0
    else { return nil }
    let value = amount.metricValue * (equityUSD / equity)
    return value.isFinite ? value : nil
  }

  /// The worse of two readings of the same currency, figure by figure.
  func merged(with other: CurrencySample) -> CurrencySample {
    var result = self
    result.liabilities = CurrencySample.larger(liabilities, other.liabilities)
    result.liabilitiesUSD = CurrencySample.larger(liabilitiesUSD, other.liabilitiesUSD)
    result.level = [level, other.level].compactMap { $0 }.max()
    result.autoConversion = [autoConversion, other.autoConversion].compactMap { $0 }.max()
    result.forcedRepayment = [forcedRepayment, other.forcedRepayment].compactMap { $0 }.max()
    return result
  }

  private static func larger(_ a: Double?, _ b: Double?) -> Double? {
    guard let a else { return b }
    guard let b else { return a }
    return abs(b) > abs(a) ? b : a
  }
}
