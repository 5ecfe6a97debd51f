import Alerting
import ExchangeModel
import Foundation
import TOMLKit

extension ParseContext {
  /// Keys of `[alerts]` that an account's own `[account.alerts]` may change.
  static let alertRuleKeys: Set<String> = [
    "enabled", "min_level", "margin_usage", "auto_conversion", "forced_repayment", "collateral_restriction",
    "hysteresis", "dwell", "dwell_seconds", "rate_limit", "stale_after",
  ]
  /// Keys of `[alerts]` that only the global table may hold.
  static let alertDeliveryKeys: Set<String> = ["bell", "desktop", "command", "command_timeout", "log"]

  /// Reads the global `[alerts]` table.
  mutating func readAlerts(_ value: TOMLValueConvertible, base: AlertsConfig = AlertsConfig()) -> AlertsConfig {
    var config = base
    guard let table = value.table else {
      error(nil, "alerts", "expected an [alerts] table, found \(Self.typeName(value.type))")
      return config
    }
    for key in table.keys.sorted() where !Self.alertRuleKeys.contains(key) && !Self.alertDeliveryKeys.contains(key) {
      warning(nil, "alerts.\(key)", "unknown key (ignored)")
    }
    config.rules = readAlertRules(table, base: config.rules, account: nil, prefix: "alerts.")
    if let v = table["bell"] { config.bell = bool(v, account: nil, key: "alerts.bell") ?? config.bell }
    if let v = table["desktop"] { config.desktop = bool(v, account: nil, key: "alerts.desktop") ?? config.desktop }
    if let v = table["command"] { config.command = readCommand(v) }
    if let v = table["command_timeout"],
      let seconds = seconds(v, account: nil, key: "alerts.command_timeout", range: 0.1...300, rangeText: "between 0.1 and 300 seconds")
    {
      config.commandTimeout = .milliseconds(Int((seconds * 1000).rounded()))
    }
    if let v = table["log"] { config.log = readAlertLog(v) }
    return config
  }

  /// Reads an account's `[account.alerts]` over the global rules.
  mutating func readAccountAlerts(_ value: TOMLValueConvertible, label: String, base: AlertSettings) -> AlertSettings? {
    guard let table = value.table else {
      error(label, "alerts", "expected an [account.alerts] table, found \(Self.typeName(value.type))")
      return nil
    }
    for key in table.keys.sorted() where !Self.alertRuleKeys.contains(key) {
      if Self.alertDeliveryKeys.contains(key) {
        error(label, "alerts.\(key)", "only in the global [alerts] table (one delivery for every account)")
      } else {
        warning(label, "alerts.\(key)", "unknown key (ignored)")
      }
    }
    return readAlertRules(table, base: base, account: label, prefix: "alerts.")
  }

  private mutating func readAlertRules(_ table: TOMLTable, base: AlertSettings, account: String?, prefix: String)
    -> AlertSettings
  {
    var rules = base
    if let v = table["enabled"] { rules.enabled = bool(v, account: account, key: prefix + "enabled") ?? rules.enabled }
    if let v = table["min_level"] { rules.minimumLevel = readLevel(v, account: account, key: prefix + "min_level") ?? rules.minimumLevel }
    let scales: [(String, WritableKeyPath<AlertSettings, LevelThresholds>)] = [
      ("margin_usage", \.marginUsage), ("auto_conversion", \.autoConversion), ("forced_repayment", \.forcedRepayment),
      ("collateral_restriction", \.collateralRestriction),
    ]
    for (key, path) in scales {
      if let v = table[key], let thresholds = readThresholds(v, account: account, key: prefix + key) {
        rules[keyPath: path] = thresholds
      }
    }
    if let v = table["hysteresis"],
      let points = seconds(v, account: account, key: prefix + "hysteresis", range: 0...50, rangeText: "between 0 and 50 percentage points")
    {
      rules.hysteresis = Self.decimal(points)
    }
    if let v = table["dwell"] {
      if let n = v.int, (1...100).contains(n) {
        rules.dwellReadings = n
      } else {
        error(account, prefix + "dwell", "expected a whole number of refreshes from 1 to 100, found \(v.int.map(String.init) ?? Self.typeName(v.type))")
      }
    }
    if let v = table["dwell_seconds"],
      let s = seconds(v, account: account, key: prefix + "dwell_seconds", range: 0...3600, rangeText: "between 0 and 3600 seconds")
    {
      rules.dwellSeconds = s
    }
    if let v = table["rate_limit"],
      let s = seconds(v, account: account, key: prefix + "rate_limit", range: 0...86400, rangeText: "between 0 and 86400 seconds")
    {
      rules.rateLimitSeconds = s
    }
    if let v = table["stale_after"],
      let s = seconds(v, account: account, key: prefix + "stale_after", range: 1...86400, rangeText: "between 1 and 86400 seconds")
    {
      rules.staleAfterSeconds = s
    }
    return rules
  }

  private mutating func readLevel(_ value: TOMLValueConvertible, account: String?, key: String) -> RiskLevel? {
    guard let name = string(value, account: account, key: key) else { return nil }
    let allowed: [RiskLevel] = [.watch, .warn, .danger, .critical]
    guard let level = allowed.first(where: { $0.name == name.lowercased() }) else {
      error(account, key, "unknown level \"\(name)\" (expected watch, warn, danger or critical)")
      return nil
    }
    return level
  }

  /// `{ watch = 50, warn = 70, danger = 85, critical = 95 }`: any subset, rising with the level.
  private mutating func readThresholds(_ value: TOMLValueConvertible, account: String?, key: String) -> LevelThresholds? {
    let example = "{ watch = 1, warn = 2, danger = 3, critical = 4 }"
    guard let table = value.table else {
      error(account, key, "expected a table like \(example), found \(Self.typeName(value.type))")
      return nil
    }
    var thresholds = LevelThresholds()
    let levels: [(String, WritableKeyPath<LevelThresholds, ExactDecimal?>)] = [
      ("watch", \.watch), ("warn", \.warn), ("danger", \.danger), ("critical", \.critical),
    ]
    for name in table.keys.sorted() where !levels.contains(where: { $0.0 == name }) {
      error(account, key, "unknown level \"\(name)\" (expected watch, warn, danger or critical)")
      return nil
    }
    for (name, path) in levels {
      guard let v = table[name] else { continue }
      if let n = v.int {
        thresholds[keyPath: path] = ExactDecimal(n)
      } else if let d = v.double, d.isFinite {
        thresholds[keyPath: path] = Self.decimal(d)
      } else {
        error(account, key, "\(name): expected a number, found \(Self.typeName(v.type))")
        return nil
      }
    }
    guard thresholds.isIncreasing else {
      error(account, key, "thresholds must rise from watch to critical")
      return nil
    }
    return thresholds
  }

  /// A number (integer or float) within `range`.
  private mutating func seconds(
    _ value: TOMLValueConvertible, account: String?, key: String, range: ClosedRange<Double>, rangeText: String
  ) -> Double? {
    let number: Double
    if let n = value.int {
      number = Double(n)
    } else if let d = value.double {
      number = d
    } else {
      error(account, key, "expected a number, found \(Self.typeName(value.type))")
      return nil
    }
    guard number.isFinite, range.contains(number) else {
      error(account, key, "must be \(rangeText)")
      return nil
    }
    return number
  }

  /// `command = ["program", "arg", …]`: never a string, which would invite a shell.
  private mutating func readCommand(_ value: TOMLValueConvertible) -> [String]? {
    let key = "alerts.command"
    guard let array = value.array else {
      error(nil, key, "expected an array like [\"program\", \"arg\"] (run without a shell), found \(Self.typeName(value.type))")
      return nil
    }
    var out: [String] = []
    for item in array {
      guard let s = item.string else {
        error(nil, key, "expected strings only, found \(Self.typeName(item.type))")
        return nil
      }
      out.append(s)
    }
    guard let program = out.first, !program.isEmpty else {
      error(nil, key, "the program (first element) is missing or empty")
      return nil
    }
    return out
  }

  /// `log = true | false | "path"` (relative paths start at the configuration file's directory).
  private mutating func readAlertLog(_ value: TOMLValueConvertible) -> AlertsConfig.LogTarget {
    if let b = value.bool { return b ? .standard : .off }
    guard let path = value.string else {
      error(nil, "alerts.log", "expected true, false or a file path, found \(Self.typeName(value.type))")
      return .standard
    }
    guard !path.isEmpty else {
      error(nil, "alerts.log", "must not be empty (use false to turn the alert log off)")
      return .standard
    }
    return .file(sources.resolve(path, relativeTo: directory))
  }

  /// A TOML float as the decimal a person wrote (`70.5`, not `70.4999…`); a finite `Double`
  /// always has one (its shortest text has 17 digits at most).
  static func decimal(_ value: Double) -> ExactDecimal {
    ExactDecimal(shortest: value) ?? 0
  }
}
