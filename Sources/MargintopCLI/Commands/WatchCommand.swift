import Alerting
import ArgumentParser
import ExchangeModel
import ExchangeSimulator
import Foundation
import Logging
import MetricsEndpoint

/// `margintop watch`: the dashboard's pollers and alert rules with no screen, for a service manager.
struct WatchCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "watch",
    abstract: "Watch every account with no screen: log alerts, run the alert hook (see docs/alerts.md).",
    discussion: """
      Reads the accounts and the [alerts] table of the configuration file, refreshes each \
      account like the dashboard, and prints one JSON line per alert on standard output, \
      appends it to the alert log and hands it to the hook. Stops cleanly (status 0) on SIGTERM \
      or SIGINT. With --demo it watches the built-in simulator; --config then supplies only the \
      [alerts] table. With --metrics it also serves Prometheus metrics and a health check \
      (see docs/fleets.md).
      """)

  @Flag(help: "Watch the built-in simulator (no account or key needed).")
  var demo = false

  @OptionGroup var configOption: ConfigOption

  @Option(help: ArgumentHelp("Seconds between refreshes of each account.", valueName: "seconds"))
  var refresh: Double?

  @Option(
    help: ArgumentHelp(
      "Serve /metrics (Prometheus) and /healthz at HOST:PORT, or PORT on 127.0.0.1; another host only when written out.",
      valueName: "host:port"))
  var metrics: String?

  @Option(
    name: .customLong("metrics-currency"),
    help: ArgumentHelp("Always export this currency's series, even with no liabilities or risk (repeatable).", valueName: "code"))
  var metricsCurrencies: [String] = []

  @OptionGroup var logLevelOption: LogLevelOption

  /// The longest the hook queue is waited for at shutdown.
  static let drainLimit: Duration = .seconds(15)

  func validate() throws {
    if let refresh, !(refresh > 0 && refresh <= 3600) { throw ValidationError("--refresh must be between 0 and 3600 seconds.") }
    if let metrics {
      do { _ = try MetricsAddress(parsing: metrics) } catch { throw ValidationError(error.description) }
    }
    if !metricsCurrencies.isEmpty, metrics == nil { throw ValidationError("--metrics-currency needs --metrics.") }
  }

  func run() async throws {
    let logger = CommandSession.startLogging(logLevelOption.logLevel)
    // First: a service manager may stop margintop as soon as it starts.
    let signals = SignalWaiter()
    Platform.ignoreBrokenPipes()
    var server: SimulatorServer?
    let config: MargintopConfig
    let file: String
    if demo {
      let started = try await SimulatorServer.start(.demo)
      server = started
      let accounts = AccountClients.simulatorAccounts(started, all: false)
      LogSetup.redactor.register(AccountClients.secretValues(accounts))
      var alerts = AlertsConfig.demo
      if let path = configOption.config {
        do {
          let loaded = try ConfigParser(sources: .system).loadAlerts(path: path, base: alerts)
          CommandSession.report(loaded.warnings, logger: logger)
          alerts = loaded.alerts
        } catch {
          await started.shutdown()
          throw CommandSession.fail(error, logger: logger)
        }
      }
      config = MargintopConfig(accounts: accounts, alerts: alerts)
      file = "demo"
      logger.info("demo: simulator started", metadata: ["url": "\(started.baseURL)"])
    } else {
      let loaded = try CommandSession.loadConfig(explicit: configOption.config, logger: logger)
      config = loaded.config
      file = loaded.path
    }
    var requested = config.refresh
    if let refresh { requested = .milliseconds(Int((refresh * 1000).rounded())) }
    let clients: [any BalanceSource]
    do {
      clients = try AccountClients.make(config, file: file, transport: Transports.make())
    } catch {
      await server?.shutdown()
      throw CommandSession.fail(error, logger: logger)
    }
    let policy = RefreshPolicy(requested: requested, minimums: clients.map(\.minimumInterval))
    if let warning = policy.warning { CommandSession.warn(warning, logger: logger) }
    let delivery = AlertDelivery.make(
      config.alerts, secrets: AccountClients.secretValues(config.accounts), environment: Platform.environment,
      home: Platform.homeDirectory, logger: logger, warn: { CommandSession.warn($0, logger: logger) })

    var endpoint: (exporter: MetricsExporter, server: MetricsServer)?
    if let metrics {
      do {
        endpoint = try await startMetrics(metrics, config: config, clients: clients, logger: logger)
      } catch {
        await server?.shutdown()
        throw error
      }
    }

    logger.info("watch starting", metadata: ["accounts": "\(clients.count)", "refresh": "\(policy.interval)"])
    let session = await WatchSession.begin(
      sources: clients, engine: config.alertEngine, delivery: delivery, interval: policy.interval,
      metrics: endpoint?.exporter)
    let number = await signals.wait()
    logger.info("watch stopping", metadata: ["signal": "\(number)"])
    await session.stop()
    await endpoint?.server.shutdown()
    await withTaskGroup(of: Void.self) { group in
      group.addTask { await delivery.drain() }
      group.addTask { try? await Task.sleep(for: WatchCommand.drainLimit) }
      await group.next()
      group.cancelAll()
    }
    await server?.shutdown()
  }
}

extension WatchCommand {
  /// Starts the metrics endpoint for `clients`; an address that cannot be served (in use, not a
  /// local interface) is reported and ends the command with status 2.
  func startMetrics(
    _ text: String, config: MargintopConfig, clients: [any BalanceSource], logger: Logger
  ) async throws -> (exporter: MetricsExporter, server: MetricsServer) {
    let address: MetricsAddress
    do {
      address = try MetricsAddress(parsing: text)
    } catch {
      Platform.writeError("margintop: error: \(error)\n")
      throw ExitCode(2)
    }
    let accounts = clients.map { source in
      let own = config.accounts.first { $0.name == source.accountName }?.alerts
      return MetricsAccount(
        name: source.accountName, venue: source.venue,
        staleAfter: (own ?? config.alerts.rules).staleAfterSeconds)
    }
    let exporter = MetricsExporter(accounts: accounts, policy: CurrencySeriesPolicy(always: Set(metricsCurrencies)))
    do {
      let server = try await MetricsServer.start(at: address, exporter: exporter)
      if !address.isLoopback {
        CommandSession.warn(
          "metrics are served on \(server.address), not only loopback: anyone who reaches it reads these balances",
          logger: logger)
      }
      Platform.writeError("margintop: metrics on http://\(server.address)/metrics and /healthz\n")
      logger.info("metrics endpoint started", metadata: ["address": "\(server.address)"])
      return (exporter, server)
    } catch {
      Platform.writeError("margintop: error: \(error)\n")
      logger.error("metrics endpoint failed", metadata: ["error": "\(error)"])
      throw ExitCode(2)
    }
  }
}
