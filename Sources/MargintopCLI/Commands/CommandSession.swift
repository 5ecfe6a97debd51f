import ArgumentParser
import Foundation
import Logging

/// What every command does first: start logging, find and load the configuration.
enum CommandSession {
  /// Logs to the margintop log file at `level`.
  static func startLogging(_ level: Logger.Level) -> Logger {
    LogSetup.bootstrap(level: level, environment: Platform.environment, home: Platform.homeDirectory)
    return Logger(label: "margintop")
  }

  /// The explicit file, or the default one; with no file at the default place, explains where it
  /// goes and how to start, and exits with status 2.
  static func configPath(explicit: String?) throws -> String {
    if let explicit { return explicit }
    let path = ConfigPaths.defaultConfigFile(environment: Platform.environment, home: Platform.homeDirectory)
    guard Platform.fileExists(path) else {
      Platform.writeError(missingConfigMessage(path: path))
      throw ExitCode(2)
    }
    return path
  }

  /// The help shown when there is no configuration file.
  static func missingConfigMessage(path: String) -> String {
    """
    margintop: no configuration file at \(path)
    (its place is $XDG_CONFIG_HOME/margintop/config.toml, by default ~/.config/margintop/config.toml)
    Create it from the commented example, then put your read-only API keys in environment variables or files:
      mkdir -p \(ConfigParser.directory(of: path))
      margintop --print-default-config > \(path)
      chmod 600 \(path)
    Or use another file with --config FILE. To see the dashboard on the built-in simulator: margintop --demo

    """
  }

  /// Loads and validates the configuration: prints its warnings, and on errors prints them all
  /// and exits with status 2. Registers the secrets with the log redactor.
  static func loadConfig(explicit: String?, logger: Logger) throws -> (config: MargintopConfig, path: String) {
    let path = try configPath(explicit: explicit)
    do {
      let loaded = try ConfigParser(sources: .system).load(path: path)
      LogSetup.redactor.register(AccountClients.secretValues(loaded.config.accounts))
      report(loaded.warnings, logger: logger)
      logger.info("configuration loaded", metadata: ["file": "\(path)", "accounts": "\(loaded.config.accounts.count)"])
      return (loaded.config, path)
    } catch {
      throw fail(error, logger: logger)
    }
  }

  /// Prints the diagnostics of a configuration that cannot be used; returns the exit status 2.
  static func fail(_ failure: ConfigFailure, logger: Logger) -> ExitCode {
    report(failure.diagnostics, logger: logger)
    return ExitCode(2)
  }

  static func report(_ diagnostics: [ConfigDiagnostic], logger: Logger) {
    for d in diagnostics {
      let prefix = d.severity == .error ? "error" : "warning"
      Platform.writeError("margintop: \(prefix): \(d)\n")
      logger.log(level: d.severity == .error ? .error : .warning, "\(d)")
    }
  }

  /// Prints a warning on standard error and in the log.
  static func warn(_ text: String, logger: Logger) {
    Platform.writeError("margintop: warning: \(text)\n")
    logger.warning("\(text)")
  }
}
