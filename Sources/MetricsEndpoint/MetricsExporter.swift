import ExchangeModel
import Foundation
import Prometheus
import Synchronization

/// Turns each account's refreshes into Prometheus series and the `/healthz` report.
///
/// Fed by the watch session (one call per poller event) and read by the HTTP server's threads;
/// the lock keeps one account's series consistent with each other. Every value comes from the
/// snapshot's own `RiskAssessment`: nothing here re-derives risk.
public final class MetricsExporter: Sendable {
  /// The registry the series live in (the server emits it).
  public let registry: PrometheusCollectorRegistry
  private let accounts: [MetricsAccount]
  private let policy: CurrencySeriesPolicy
  private let state: Mutex<[AccountState]>

  /// What the exporter remembers of one account between refreshes.
  private struct AccountState {
    var started: Date?
    var lastSuccess: Date?
    var lastErrorKind: String?
    /// Currencies that have series now; the ones a refresh leaves out are unregistered.
    var currencies: Set<String> = []
  }

  /// An exporter for `accounts`, indexed as the pollers index them. Each account's level is
  /// `unknown` (2) until its first snapshot: nothing is known yet, which is never shown as safe.
  public init(accounts: [MetricsAccount], policy: CurrencySeriesPolicy = CurrencySeriesPolicy()) {
    self.accounts = accounts
    self.policy = policy
    registry = PrometheusCollectorRegistry()
    state = Mutex(accounts.map { _ in AccountState() })
    for account in accounts {
      registry.makeGauge(descriptor: MetricName.riskLevel, labels: account.labels).set(to: Double(RiskLevel.unknown.rawValue))
    }
  }

  /// A refresh of account `index` began at `date` (the start of its request duration).
  public func fetchStarted(account index: Int, at date: Date) {
    state.withLock { states in
      guard states.indices.contains(index) else { return }
      states[index].started = date
    }
  }

  /// Account `index` answered with `snapshot`.
  public func record(_ snapshot: AccountSnapshot, account index: Int) {
    guard accounts.indices.contains(index) else { return }
    let account = accounts[index]
    state.withLock { states in
      observeDuration(of: &states[index], account: account, endedAt: snapshot.fetchedAt)
      states[index].lastSuccess = snapshot.fetchedAt
      states[index].lastErrorKind = nil
      let labels = account.labels
      let risk = snapshot.risk
      registry.makeGauge(descriptor: MetricName.riskLevel, labels: labels).set(to: Double(risk.level.rawValue))
      registry.makeGauge(descriptor: MetricName.pastLiquidation, labels: labels).set(to: risk.pastLiquidation ? 1 : 0)
      // Past liquidation with no finite ratio (a negative or vanishing one) reads +Inf, never a small figure.
      let usage = risk.marginUsage?.metricValue ?? (risk.pastLiquidation ? Double.infinity : nil)
      set(MetricName.marginUsage, labels: labels, to: usage)
      set(MetricName.equity, labels: labels, to: snapshot.totals.equityUSD?.metricValue)
      registry.makeGauge(descriptor: MetricName.lastSuccess, labels: [("account", account.name)])
        .set(to: snapshot.fetchedAt.timeIntervalSince1970)
      states[index].currencies = exportCurrencies(snapshot, account: account, previous: states[index].currencies)
    }
  }

  /// A refresh of account `index` failed at `date` with `error`.
  public func recordFailure(_ error: ExchangeError, account index: Int, at date: Date) {
    guard accounts.indices.contains(index) else { return }
    let account = accounts[index]
    state.withLock { states in
      observeDuration(of: &states[index], account: account, endedAt: date)
      states[index].lastErrorKind = error.kind.rawValue
      registry.makeCounter(
        descriptor: MetricName.refreshErrors, labels: [("account", account.name), ("kind", error.kind.rawValue)]
      ).increment()
    }
  }

  /// The Prometheus text exposition of every series.
  public func exposition() -> String {
    registry.emitToString()
  }

  /// Each account's freshness at `now`.
  public func health(at now: Date) -> HealthReport {
    let states = state.withLock { $0 }
    return HealthReport(
      accounts: zip(accounts, states).map { account, state in
        AccountHealth.at(now, account: account, lastSuccess: state.lastSuccess, lastErrorKind: state.lastErrorKind)
      })
  }

  private func observeDuration(of state: inout AccountState, account: MetricsAccount, endedAt end: Date) {
    guard let started = state.started else { return }
    state.started = nil
    let seconds = end.timeIntervalSince(started)
    guard seconds.isFinite, seconds >= 0 else { return }
    registry.makeValueHistogram(
      descriptor: MetricName.requestDuration, labels: account.labels, buckets: MetricName.durationBuckets
    ).record(seconds)
  }

  /// Sets the series of each currency the policy selects and removes those of currencies that
  /// left the selection; returns the new selection.
  private func exportCurrencies(_ snapshot: AccountSnapshot, account: MetricsAccount, previous: Set<String>) -> Set<String> {
    let risks = snapshot.risk.currencies
    var samples: [String: CurrencySample] = [:]
    for (offset, balance) in snapshot.currencies.enumerated() {
      let risk = risks.indices.contains(offset) && risks[offset].currency == balance.currency ? risks[offset] : nil
      guard policy.includes(balance, risk: risk) else { continue }
      let sample = CurrencySample(balance, risk: risk)
      samples[balance.currency] = samples[balance.currency].map { $0.merged(with: sample) } ?? sample
    }
    for (currency, sample) in samples {
      let labels = account.labels(currency: currency)
      set(MetricName.liabilities, labels: labels, to: sample.liabilities)
      set(MetricName.liabilitiesUSD, labels: labels, to: sample.liabilitiesUSD)
      set(MetricName.currencyRiskLevel, labels: labels, to: sample.level.map { Double($0.rawValue) })
      set(MetricName.autoConversion, labels: labels, to: sample.autoConversion.map(Double.init))
      set(MetricName.forcedRepayment, labels: labels, to: sample.forcedRepayment.map(Double.init))
    }
    let current = Set(samples.keys)
    for currency in previous.subtracting(current) {
      let labels = account.labels(currency: currency)
      for name in [
        MetricName.liabilities, MetricName.liabilitiesUSD, MetricName.currencyRiskLevel, MetricName.autoConversion,
        MetricName.forcedRepayment,
      ] {
        set(name, labels: labels, to: nil)
      }
    }
    return current
  }

  /// Sets the series to `value`, or removes it when there is no value (a figure that does not
  /// apply is absent, never 0).
  private func set(_ name: MetricNameDescriptor, labels: [(String, String)], to value: Double?) {
    let gauge = registry.makeGauge(descriptor: name, labels: labels)
    if let value {
      gauge.set(to: value)
    } else {
      registry.unregisterGauge(gauge)
    }
  }
}
