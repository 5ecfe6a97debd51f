import Alerting
import DashboardCore
import ExchangeModel
import Foundation
import MetricsEndpoint

/// The headless session behind `margintop watch`: the dashboard's pollers feed the alert rules,
/// and every alert goes to its delivery (and, with `--metrics`, every refresh to the exporter).
/// Lives on the main actor, like the dashboard's pollers.
@MainActor
final class WatchSession {
  private var monitor: AlertMonitor
  private let delivery: AlertDelivery
  private var pollers: [AccountPoller] = []
  /// Where each alert's JSON line goes as well (standard output, for a service manager's journal).
  private let echo: @Sendable (String) -> Void
  /// The Prometheus series, when `--metrics` is given.
  private let metrics: MetricsExporter?

  init(
    sources: [any BalanceSource], engine: AlertEngine, delivery: AlertDelivery, interval: Duration,
    metrics: MetricsExporter? = nil, echo: @escaping @Sendable (String) -> Void
  ) {
    monitor = AlertMonitor(engine: engine, sources: sources)
    self.delivery = delivery
    self.metrics = metrics
    self.echo = echo
    pollers = sources.enumerated().map { index, source in
      AccountPoller(index: index, source: source, interval: interval) { [weak self] event in
        self?.handle(event)
      }
    }
  }

  /// Starts every poller (each fetches at once, then every interval).
  func start() {
    pollers.forEach { $0.start() }
  }

  /// Stops the pollers; a fetch in flight still lands but raises nothing.
  func stop() {
    pollers.forEach { $0.stop() }
    pollers = []
  }

  private func handle(_ event: DashboardEvent) {
    guard !pollers.isEmpty else { return }
    record(event)
    let alerts = monitor.observe(event)
    for alert in alerts { echo(AlertJSON.line(alert) + "\n") }
    delivery.deliver(alerts)
  }

  private func record(_ event: DashboardEvent) {
    guard let metrics else { return }
    switch event {
    case .fetchStarted(let account, let at): metrics.fetchStarted(account: account, at: at)
    case .snapshot(let account, let snapshot): metrics.record(snapshot, account: account)
    case .fetchFailed(let account, let error, let at): metrics.recordFailure(error, account: account, at: at)
    default: return
    }
  }
}

extension WatchSession {
  /// Makes and starts a session on the main actor, echoing each alert's JSON line on standard output.
  static func begin(
    sources: [any BalanceSource], engine: AlertEngine, delivery: AlertDelivery, interval: Duration, metrics: MetricsExporter?
  ) -> WatchSession {
    let session = WatchSession(
      sources: sources, engine: engine, delivery: delivery, interval: interval, metrics: metrics,
      echo: { Platform.writeOutput($0) })
    session.start()
    return session
  }
}
