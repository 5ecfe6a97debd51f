import Alerting
import ExchangeModel
import Foundation
import TOMLKit

/// The state of one parse: where the file is, and the diagnostics so far.
struct ParseContext {
  let file: String
  let fileMode: UInt16?
  let directory: String
  let sources: ConfigSources
  private(set) var diagnostics: [ConfigDiagnostic] = []
  /// Errors so far, counted as they come: filtering `diagnostics` after every account made
  /// validating many accounts quadratic (10,000 accounts took 44 s).
  private(set) var errorCount = 0

  init(file: String, fileMode: UInt16?, directory: String, sources: ConfigSources) {
    self.file = file
    self.fileMode = fileMode
    self.directory = directory
    self.sources = sources
  }

  var errors: [ConfigDiagnostic] { diagnostics.filter { $0.severity == .error } }

  mutating func error(_ account: String?, _ key: String?, _ problem: String) {
    errorCount += 1
    diagnostics.append(ConfigDiagnostic(file: file, account: account, key: key, problem: problem))
  }

  mutating func warning(_ account: String?, _ key: String?, _ problem: String) {
    diagnostics.append(ConfigDiagnostic(severity: .warning, file: file, account: account, key: key, problem: problem))
  }

  /// Reads the whole file; `nil` when there were errors.
  mutating func readConfig(_ root: TOMLTable) -> MargintopConfig? {
    for key in root.keys.sorted() where !ConfigParser.globalKeys.contains(key) {
      warning(nil, key, "unknown key (ignored)")
    }
    var config = MargintopConfig(accounts: [])
    if let value = root["refresh"] { config.refresh = refresh(value) ?? config.refresh }
    if let value = root["theme"] {
      if let theme = string(value, account: nil, key: "theme") {
        if theme.isEmpty { error(nil, "theme", "must not be empty") } else { config.theme = theme }
      }
    }
    if let value = root["background"], let background = string(value, account: nil, key: "background") {
      if ["auto", "dark", "light"].contains(background) {
        config.background = background
      } else {
        error(nil, "background", "must be \"auto\", \"dark\" or \"light\"")
      }
    }
    if let value = root["private"] { config.privacy = bool(value, account: nil, key: "private") ?? false }
    if let value = root["alerts"] { config.alerts = readAlerts(value) }
    if let value = root["history"] { config.history = bool(value, account: nil, key: "history") ?? true }
    if let value = root["history_max_bytes"] { config.historyMaxBytes = historyMaxBytes(value) ?? config.historyMaxBytes }

    guard let accountsValue = root["account"] else {
      error(nil, "account", "no accounts: add one [[account]] table per account")
      return nil
    }
    guard let tables = accountsValue.array, tables.allSatisfy({ $0.type == .table }) else {
      error(nil, "account", "expected [[account]] tables, found \(Self.typeName(accountsValue.type))")
      return nil
    }
    var seen: [String: Int] = [:]
    for (index, value) in tables.enumerated() {
      guard let table = value.table else { continue }
      guard let account = readAccount(table, number: index + 1, alertDefaults: config.alerts.rules) else { continue }
      if let first = seen[account.name] {
        error("account \"\(account.name)\"", "name", "duplicate account name (also account #\(first))")
        continue
      }
      seen[account.name] = index + 1
      config.accounts.append(account)
    }
    if tables.isEmpty { error(nil, "account", "no accounts: add one [[account]] table per account") }
    return errorCount == 0 ? config : nil
  }

  private mutating func refresh(_ value: TOMLValueConvertible) -> Duration? {
    let seconds: Double
    if let int = value.int {
      seconds = Double(int)
    } else if let double = value.double {
      seconds = double
    } else {
      error(nil, "refresh", "expected a number of seconds, found \(Self.typeName(value.type))")
      return nil
    }
    guard seconds > 0, seconds.isFinite else {
      error(nil, "refresh", "must be more than 0 seconds")
      return nil
    }
    guard seconds <= 3600 else {
      error(nil, "refresh", "must be at most 3600 seconds")
      return nil
    }
    return .milliseconds(Int((seconds * 1000).rounded()))
  }

  /// At least 1 MiB: below that the cap would delete the last hours to keep a database
  /// that is mostly schema and indexes.
  private mutating func historyMaxBytes(_ value: TOMLValueConvertible) -> Int64? {
    guard let bytes = value.int else {
      error(nil, "history_max_bytes", "expected a number of bytes, found \(Self.typeName(value.type))")
      return nil
    }
    guard bytes >= 1_048_576 else {
      error(nil, "history_max_bytes", "must be at least 1048576 (1 MiB)")
      return nil
    }
    return Int64(bytes)
  }

  // MARK: - Typed values

  mutating func string(_ value: TOMLValueConvertible, account: String?, key: String) -> String? {
    guard let s = value.string else {
      error(account, key, "expected a string, found \(Self.typeName(value.type))")
      return nil
    }
    return s
  }

  mutating func bool(_ value: TOMLValueConvertible, account: String?, key: String) -> Bool? {
    guard let b = value.bool else {
      error(account, key, "expected true or false, found \(Self.typeName(value.type))")
      return nil
    }
    return b
  }

  /// TOML's type names as a user writes them.
  static func typeName(_ type: TOMLType) -> String {
    switch type {
    case .table: return "a table"
    case .array: return "an array"
    case .string: return "a string"
    case .int: return "an integer"
    case .double: return "a float"
    case .bool: return "a boolean"
    case .date: return "a date"
    case .time: return "a time"
    case .dateTime: return "a date-time"
    }
  }
}
