import ArgumentParser
import ExchangeModel
import ExchangeSimulator
import Foundation

/// `margintop simulate`: run the simulated OKX and Bybit until interrupted.
struct SimulateCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "simulate",
    abstract: "Run the simulated OKX and Bybit on loopback until Ctrl-C (or SIGTERM).",
    discussion: "Prints the base URL and the test credentials of every simulated account.")

  @Option(help: ArgumentHelp("Port on 127.0.0.1 (0 picks a free one).", valueName: "port"))
  var port = 0

  @Option(help: ArgumentHelp("Seed of the simulated prices and risk episodes.", valueName: "seed"))
  var seed: UInt64 = 42

  @Flag(help: "Print exactly one JSON line with the base URL and the --demo credentials.")
  var json = false

  @OptionGroup var logLevelOption: LogLevelOption

  func validate() throws {
    guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535.") }
  }

  func run() async throws {
    let logger = CommandSession.startLogging(logLevelOption.logLevel)
    // Before the banner: whoever reads it may stop the simulator at once.
    let signals = SignalWaiter()
    let server = try await SimulatorServer.start(SimulatorConfiguration(port: port, seed: seed))
    logger.info("simulator started", metadata: ["url": "\(server.baseURL)", "seed": "\(seed)"])
    Platform.writeOutput(json ? SimulatorBanner.json(server) : SimulatorBanner.text(server))
    let number = await signals.wait()
    logger.info("simulator stopping", metadata: ["signal": "\(number)"])
    await server.shutdown()
  }
}
