import ArgumentParser
import TerminalUI

extension MargintopCommand {
  /// Parses the process's arguments and runs the command, exiting with 2 on bad usage (as the
  /// documented exit statuses promise) instead of ArgumentParser's 64. Core dumps are turned off
  /// first: every command may hold secrets in memory.
  public static func runAsMain() async -> Never {
    CoreDumps.disable(environment: Platform.environment)
    do {
      var command = try parseAsRoot()
      if var asyncCommand = command as? any AsyncParsableCommand {
        try await asyncCommand.run()
      } else {
        try command.run()
      }
      exit(withError: nil)
    } catch {
      if exitCode(for: error) == .validationFailure {
        Platform.writeError(fullMessage(for: error) + "\n")
        exit(withError: ExitCode(2))
      }
      exit(withError: error)
    }
  }
}
