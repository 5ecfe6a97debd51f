import Alerting
import ArgumentParser
import DashboardCore
import DashboardThemes
import ExchangeKit
import ExchangeModel
import ExchangeSimulator
import Foundation
import History
import Logging

/// `margintop [dashboard]`: the live dashboard, on the configured accounts or the simulator.
struct DashboardCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "dashboard",
    abstract: "Show the live dashboard (the default command).",
    discussion: """
      Shows the accounts of the configuration file ($XDG_CONFIG_HOME/margintop/config.toml, by \
      default ~/.config/margintop/config.toml), or the built-in simulator with --demo.
      """)

  @Flag(help: "Show the dashboard on the built-in simulator (no account or key needed).")
  var demo = false

  @OptionGroup var configOption: ConfigOption

  @Option(help: ArgumentHelp("Colour theme (see `margintop themes`).", valueName: "name"))
  var theme: String?

  @Option(help: ArgumentHelp("Seconds between refreshes of each account.", valueName: "seconds"))
  var refresh: Double?

  @Flag(help: "Draw with ASCII only.")
  var ascii = false

  @Flag(name: .customLong("no-color"), help: "Disable colours (as does the NO_COLOR environment variable).")
  var noColor = false

  @Flag(name: .customLong("private"), help: "Start in privacy mode (amounts masked).")
  var privacy = false

  @Flag(name: .customLong("no-history"), help: "Do not record refreshes in the history database (see `margintop history`).")
  var noHistory = false

  @OptionGroup var logLevelOption: LogLevelOption

  @Flag(help: "Print the fully commented example configuration and exit.")
  var printDefaultConfig = false

  func validate() throws {
    if demo && configOption.config != nil { throw ValidationError("--demo and --config cannot be used together.") }
    if let refresh, !(refresh > 0 && refresh <= 3600) { throw ValidationError("--refresh must be between 0 and 3600 seconds.") }
  }

  func run() async throws {
    if printDefaultConfig {
      Platform.writeOutput(DefaultConfig.text)
      return
    }
    let logger = CommandSession.startLogging(logLevelOption.logLevel)
    let transport = Transports.make()
    var settings: (accounts: [AccountConfig], file: String, refresh: Duration, theme: String, privacy: Bool)
    var background = "auto"
    let alerts: (config: AlertsConfig, engine: AlertEngine, delivery: AlertDelivery)
    // The simulator's accounts are not the user's: --demo never writes to the user's history.
    var history: (enabled: Bool, sizeCap: Int64) = (false, HistorySettings.defaultSizeCapBytes)
    var simulator: SimulatorServer?
    if demo {
      let server = try await SimulatorServer.start(.demo)
      simulator = server
      logger.info("demo: simulator started", metadata: ["url": "\(server.baseURL)"])
      let accounts = AccountClients.simulatorAccounts(server, all: false)
      LogSetup.redactor.register(AccountClients.secretValues(accounts))
      settings = (accounts, "demo", MargintopConfig.defaultRefresh, "default", false)
      // Like the history, the user's alert log and hook are for the user's accounts: the demo's
      // alerts reach the screen, the bell and margintop's own log only.
      let demoAlerts = AlertsConfig.demo
      alerts = (demoAlerts, MargintopConfig(accounts: accounts, alerts: demoAlerts).alertEngine, AlertDelivery(logger: logger))
    } else {
      let (config, path) = try CommandSession.loadConfig(explicit: configOption.config, logger: logger)
      settings = (config.accounts, path, config.refresh, config.theme, config.privacy)
      background = config.background
      history = (config.history && !noHistory, config.historyMaxBytes)
      let delivery = AlertDelivery.make(
        config.alerts, secrets: AccountClients.secretValues(config.accounts), environment: Platform.environment,
        home: Platform.homeDirectory, logger: logger, warn: { CommandSession.warn($0, logger: logger) })
      alerts = (config.alerts, config.alertEngine, delivery)
    }
    if let refresh { settings.refresh = .milliseconds(Int((refresh * 1000).rounded())) }
    let clients = try makeClients(settings.accounts, file: settings.file, transport: transport, logger: logger)
    let policy = RefreshPolicy(requested: settings.refresh, minimums: clients.map(\.minimumInterval))
    if let warning = policy.warning { CommandSession.warn(warning, logger: logger) }
    let themes = ThemeChoice(
      requested: theme ?? settings.theme, library: ThemeLibrary.discover(),
      background: TerminalBackground.detect(configured: background, environment: Platform.environment))
    for warning in themes.warnings { CommandSession.warn(warning, logger: logger) }
    var options = DashboardOptions(
      settings: DashboardSettings(
        refreshInterval: policy.interval, minimumInterval: policy.floor, privacy: privacy || settings.privacy,
        themeNames: themes.cycle, alertBell: alerts.config.bell, alertDesktop: alerts.config.desktop, timeZone: .current),
      ascii: ascii, noColor: noColor,
      themeResolver: themes.library.themeResolver)
    options.alerts = (alerts.engine, alerts.delivery)
    // The demo remembers nothing; flags given on this command line win over remembered choices.
    if !demo {
      let file = PreferencesFile.standard()
      var (preferences, warning) = file.load()
      if let warning { logger.warning("\(warning)") }
      if theme != nil { preferences?.theme = nil }
      if refresh != nil { preferences?.refreshSeconds = nil }
      options.preferences = preferences
      options.preferencesFile = file
    }
    // The demo keeps its own session's history in a private temporary directory, removed at the
    // end, so its sparklines and `H` view show what the demo did without touching the user's file.
    let demoHistory = demo && !noHistory ? Platform.privateTemporaryDirectory(prefix: "margintop-demo") : nil
    if history.enabled || demoHistory != nil {
      let path =
        demoHistory.map { $0 + "/history.sqlite" }
        ?? HistoryPaths.defaultDatabase(environment: Platform.environment, home: Platform.homeDirectory)
      let opened = HistoryRecorder.open(path: path, sizeCapBytes: history.sizeCap, logger: logger)
      // Shown before the screen takes over, and kept in the log.
      for warning in opened.warnings { Platform.writeError("margintop: \(warning)\n") }
      options.history = opened.recorder
      options.historyOffReason = opened.warnings.last
    } else {
      options.historyOffReason =
        noHistory ? "turned off by --no-history" : "turned off by history = false in \(settings.file)"
    }
    logger.info("dashboard starting", metadata: ["accounts": "\(clients.count)"])
    let status = await DashboardRunner.run(sources: clients, options: options)
    await simulator?.shutdown()
    if let demoHistory { Platform.removeDirectory(demoHistory) }
    logger.info("dashboard ended", metadata: ["status": "\(status)"])
    if status != 0 { throw ExitCode(status) }
  }

  private func makeClients(_ accounts: [AccountConfig], file: String, transport: any HTTPTransport, logger: Logger) throws
    -> [any ExchangeClient]
  {
    do {
      return try AccountClients.make(MargintopConfig(accounts: accounts), file: file, transport: transport)
    } catch {
      throw CommandSession.fail(error, logger: logger)
    }
  }
}
