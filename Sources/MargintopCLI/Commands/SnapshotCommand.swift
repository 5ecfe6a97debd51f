import ArgumentParser
import ExchangeModel
import ExchangeSimulator
import Foundation

/// `margintop snapshot`: read every account once and print a table or the JSON snapshot.
struct SnapshotCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "snapshot",
    abstract: "Read every account once and print a table, or JSON with --json.",
    discussion: """
      Exit status: 0 when every account was read, 1 when any failed, 2 on bad usage or \
      configuration, 3 when the worst account is CRITICAL (at or past liquidation, or a forced \
      conversion imminent), whatever else happened, so a cron job can page on it.
      """)

  /// The exit status when the worst account is critical.
  static let criticalExitCode: Int32 = 3

  @Flag(help: "Print the JSON snapshot (format in the README) instead of a table.")
  var json = false

  @OptionGroup var configOption: ConfigOption

  @Flag(help: "Read every account of the built-in simulator instead of the configuration.")
  var demo = false

  @OptionGroup var logLevelOption: LogLevelOption

  func validate() throws {
    if demo && configOption.config != nil { throw ValidationError("--demo and --config cannot be used together.") }
  }

  func run() async throws {
    let logger = CommandSession.startLogging(logLevelOption.logLevel)
    let transport = Transports.make()
    var server: SimulatorServer?
    let accounts: [AccountConfig]
    let file: String
    if demo {
      let started = try await SimulatorServer.start()
      server = started
      accounts = AccountClients.simulatorAccounts(started, all: true)
      LogSetup.redactor.register(AccountClients.secretValues(accounts))
      file = "demo"
    } else {
      let loaded = try CommandSession.loadConfig(explicit: configOption.config, logger: logger)
      accounts = loaded.config.accounts
      file = loaded.path
    }
    let clients: [any BalanceSource]
    do {
      clients = try AccountClients.make(MargintopConfig(accounts: accounts), file: file, transport: transport)
    } catch {
      await server?.shutdown()
      throw CommandSession.fail(error, logger: logger)
    }
    let outcomes = await SnapshotOutcome.collect(clients)
    await server?.shutdown()
    for outcome in outcomes {
      if case .failure(let error) = outcome.result {
        logger.warning(
          "snapshot failed",
          metadata: ["account": "\(outcome.accountName)", "kind": "\(error.kind.rawValue)", "code": "\(error.code ?? "-")"])
      }
    }
    Platform.writeOutput(json ? SnapshotJSON.document(outcomes) : SnapshotTable.text(outcomes))
    if SnapshotOutcome.worst(outcomes)?.risk.level == .critical { throw ExitCode(SnapshotCommand.criticalExitCode) }
    let failed = outcomes.filter { if case .failure = $0.result { true } else { false } }
    if !failed.isEmpty { throw ExitCode(1) }
  }
}
