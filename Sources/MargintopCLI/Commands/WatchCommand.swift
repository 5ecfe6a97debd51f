import Alerting
import ArgumentParser
import ExchangeModel
import ExchangeSimulator
import Foundation
import Logging

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
      [alerts] table.
      """)

  @Flag(help: "Watch the built-in simulator (no account or key needed).")
  var demo = false

  @OptionGroup var configOption: ConfigOption

  @Option(help: ArgumentHelp("Seconds between refreshes of each account.", valueName: "seconds"))
  var refresh: Double?

  @OptionGroup var logLevelOption: LogLevelOption

  /// The longest the hook queue is waited for at shutdown.
  static let drainLimit: Duration = .seconds(15)

  func validate() throws {
    if let refresh, !(refresh > 0 && refresh <= 3600) { throw ValidationError("--refresh must be between 0 and 3600 seconds.") }
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

    logger.info("watch starting", metadata: ["accounts": "\(clients.count)", "refresh": "\(policy.interval)"])
    let session = await WatchSession.begin(
      sources: clients, engine: config.alertEngine, delivery: delivery, interval: policy.interval)
    let number = await signals.wait()
    logger.info("watch stopping", metadata: ["signal": "\(number)"])
    await session.stop()
    await withTaskGroup(of: Void.self) { group in
      group.addTask { await delivery.drain() }
      group.addTask { try? await Task.sleep(for: WatchCommand.drainLimit) }
      await group.next()
      group.cancelAll()
    }
    await server?.shutdown()
  }
}
