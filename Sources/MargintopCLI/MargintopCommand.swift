import ArgumentParser

/// The `margintop` command line.
public struct MargintopCommand: AsyncParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "margintop",
    abstract: "Live balances and margin risk of OKX and Bybit accounts in the terminal.")

  public init() {}

  public func run() async throws {}
}
