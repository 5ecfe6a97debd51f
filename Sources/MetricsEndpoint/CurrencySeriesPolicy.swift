import ExchangeModel

/// Which currencies get per-currency series, so that an account of 500 dust balances does not
/// become 500 × 5 series: those with liabilities other than zero, a venue risk scale above 0 or a
/// level above ok (unknown, watch and up), plus the ones configured to be always exported.
public struct CurrencySeriesPolicy: Sendable, Hashable {
  /// Currencies exported whatever their state (`[metrics] currencies`).
  public var always: Set<String>

  public init(always: Set<String> = []) {
    self.always = always
  }

  /// Whether `balance` (with its risk reading, when there is one) gets its own series.
  public func includes(_ balance: CurrencyBalance, risk: CurrencyRisk?) -> Bool {
    if always.contains(balance.currency) { return true }
    if let liabilities = balance.liabilities, !liabilities.isZero { return true }
    if (balance.autoConversionRisk ?? 0) > 0 || (balance.forcedRepaymentRisk ?? 0) > 0 { return true }
    return risk?.level.isAboveOK ?? false
  }
}
