import Alerting
import DashboardCore
import ExchangeModel
import Foundation

/// The headless session behind `margintop watch`: the dashboard's pollers feed the alert rules,
/// and every alert goes to its delivery. Lives on the main actor, like the dashboard's pollers.
@MainActor
final class WatchSession {
  private var monitor: AlertMonitor
  private let delivery: AlertDelivery
  private var pollers: [AccountPoller] = []
  /// Where each alert's JSON line goes as well (standard output, for a service manager's journal).
  private let echo: @Sendable (String) -> Void

  init(
    sources: [any BalanceSource], engine: AlertEngine, delivery: AlertDelivery, interval: Duration,
    echo: @escaping @Sendable (String) -> Void
  ) {
    monitor = AlertMonitor(engine: engine, sources: sources)
    self.delivery = delivery
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
    let alerts = monitor.observe(event)
    for alert in alerts { echo(AlertJSON.line(alert) + "\n") }
    delivery.deliver(alerts)
  }
}

extension WatchSession {
  /// Makes and starts a session on the main actor, echoing each alert's JSON line on standard output.
  static func begin(sources: [any BalanceSource], engine: AlertEngine, delivery: AlertDelivery, interval: Duration) -> WatchSession {
    let session = WatchSession(
      sources: sources, engine: engine, delivery: delivery, interval: interval, echo: { Platform.writeOutput($0) })
    session.start()
    return session
  }
}
