import ExchangeModel
import Foundation
import TOMLKit

/// A configuration that passed validation, with the warnings found on the way.
struct LoadedConfig: Sendable {
  var config: MargintopConfig
  var warnings: [ConfigDiagnostic]
}

/// Parses and validates the TOML configuration and resolves every account's secrets.
///
/// Pure apart from `ConfigSources`; every diagnostic names the file, the account and the key, and
/// none quotes a value that could be a secret.
struct ConfigParser: Sendable {
  static let globalKeys: Set<String> = ["refresh", "theme", "background", "private", "alerts", "history", "history_max_bytes", "account"]
  static let accountKeys: Set<String> = [
    "name", "exchange", "environment", "base_url", "account_type", "currencies",
    "api_key", "api_key_env", "api_key_file", "secret", "secret_env", "secret_file",
    "passphrase", "passphrase_env", "passphrase_file", "alerts",
  ]
  static let bybitAccountTypes = ["UNIFIED", "CONTRACT", "SPOT"]

  var sources: ConfigSources

  init(sources: ConfigSources) { self.sources = sources }

  /// Reads and validates the file at `path`. Throws `ConfigFailure`.
  func load(path: String) throws(ConfigFailure) -> LoadedConfig {
    let text: String
    do {
      text = try sources.readFile(path)
    } catch {
      throw ConfigFailure([ConfigDiagnostic(file: path, problem: "cannot read the configuration file: \(error)")])
    }
    return try parse(text: text, file: path, fileMode: sources.fileMode(path))
  }

  /// Validates `text`, the content of the file `file` whose permission bits are `fileMode`.
  /// Relative secret file paths are taken from `file`'s directory. Throws `ConfigFailure`.
  func parse(text: String, file: String, fileMode: UInt16?) throws(ConfigFailure) -> LoadedConfig {
    let root: TOMLTable
    do {
      root = try TOMLTable(string: text)
    } catch let error as TOMLParseError {
      let at = "line \(error.source.begin.line), column \(error.source.begin.column)"
      throw ConfigFailure([ConfigDiagnostic(file: file, problem: "\(at): \(error.description)")])
    } catch {
      throw ConfigFailure([ConfigDiagnostic(file: file, problem: "not valid TOML")])
    }
    var context = ParseContext(file: file, fileMode: fileMode, directory: Self.directory(of: file), sources: sources)
    let config = context.readConfig(root)
    if let config, context.errorCount == 0 {
      return LoadedConfig(config: config, warnings: context.diagnostics)
    }
    throw ConfigFailure(context.diagnostics)
  }

  /// Reads only the `[alerts]` table of the file at `path` (for `watch --demo`, whose accounts
  /// are the simulator's). Throws `ConfigFailure`.
  func loadAlerts(path: String, base: AlertsConfig = AlertsConfig()) throws(ConfigFailure) -> (alerts: AlertsConfig, warnings: [ConfigDiagnostic]) {
    let text: String
    do {
      text = try sources.readFile(path)
    } catch {
      throw ConfigFailure([ConfigDiagnostic(file: path, problem: "cannot read the configuration file: \(error)")])
    }
    let root: TOMLTable
    do {
      root = try TOMLTable(string: text)
    } catch {
      throw ConfigFailure([ConfigDiagnostic(file: path, problem: "not valid TOML")])
    }
    var context = ParseContext(file: path, fileMode: sources.fileMode(path), directory: Self.directory(of: path), sources: sources)
    let alerts = root["alerts"].map { context.readAlerts($0, base: base) } ?? base
    guard context.errors.isEmpty else { throw ConfigFailure(context.diagnostics) }
    return (alerts, context.diagnostics)
  }

  static func directory(of file: String) -> String {
    guard let slash = file.lastIndex(of: "/") else { return "" }
    return slash == file.startIndex ? "/" : String(file[..<slash])
  }
}
