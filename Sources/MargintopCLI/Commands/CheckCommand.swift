import ArgumentParser
import ExchangeKit
import ExchangeModel
import Foundation

/// `margintop check`: validate the configuration, reach every account, report mode and key rights.
struct CheckCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Validate the configuration, reach each account and report its mode and key permissions.",
    discussion: """
      Warns loudly when a key can trade or withdraw: a dashboard needs read-only keys.
      Exit status: 0 when every account was reached (even with warnings), 1 when any was not, 2 on bad usage or configuration.
      """)

  @OptionGroup var configOption: ConfigOption
  @OptionGroup var logLevelOption: LogLevelOption

  func run() async throws {
    let logger = CommandSession.startLogging(logLevelOption.logLevel)
    let (config, path) = try CommandSession.loadConfig(explicit: configOption.config, logger: logger)
    let clients: [any ExchangeClient]
    do {
      clients = try AccountClients.make(config, file: path, transport: Transports.make())
    } catch {
      throw CommandSession.fail(error, logger: logger)
    }
    Platform.writeOutput("\(path): configuration OK, \(config.accounts.count) account\(config.accounts.count == 1 ? "" : "s")\n")
    let results = await clients.concurrentMap { client in
      await ExchangeError.catching { () async throws(ExchangeError) in try await client.fetchKeyInfo() }
    }
    var failures = 0
    for (account, result) in zip(config.accounts, results) {
      let report = CheckReport(account: account, result: result)
      Platform.writeOutput(report.text)
      for warning in report.warnings {
        Platform.writeError(warning)
        logger.warning("key can trade or withdraw", metadata: ["account": "\(account.name)"])
      }
      if case .failure(let error) = result {
        failures += 1
        logger.warning("check failed", metadata: ["account": "\(account.name)", "kind": "\(error.kind.rawValue)"])
      }
    }
    if failures > 0 { throw ExitCode(1) }
  }
}
