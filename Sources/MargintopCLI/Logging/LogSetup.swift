import ArgumentParser
import Logging

/// Routes swift-log to the margintop log file, once per process.
enum LogSetup {
  /// The redactor every `FileLogHandler` of this process uses.
  static let redactor = SecretRedactor()

  /// Points every `Logger` at `$XDG_STATE_HOME/margintop/margintop.log` at `level`. When the file
  /// cannot be opened logging is off: it never falls back to the terminal. Returns the file's path.
  @discardableResult
  static func bootstrap(level: Logger.Level, environment: [String: String], home: String) -> String? {
    let path = ConfigPaths.stateDirectory(environment: environment, home: home) + "/margintop.log"
    let file = try? LogFile(path: path)
    LoggingSystem.bootstrap { label in
      guard let file else { return SwiftLogNoOpLogHandler(label) }
      return FileLogHandler(label: label, file: file, redactor: redactor, level: level)
    }
    return file?.path
  }
}

extension Logger.Level: @retroactive ExpressibleByArgument {}
