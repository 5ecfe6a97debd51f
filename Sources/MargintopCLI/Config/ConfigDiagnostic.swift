/// One problem found in a configuration file, naming the file, the account and the key.
///
/// The text never contains a secret: values are quoted only for keys that cannot hold one.
public struct ConfigDiagnostic: Sendable, Hashable, CustomStringConvertible {
  /// Whether the problem stops margintop or is only reported.
  public enum Severity: Sendable, Hashable {
    case error
    case warning
  }

  public var severity: Severity
  /// The configuration file as the user named it.
  public var file: String
  /// `account "okx-main"`, or `account #2` when the account has no usable name; `nil` for global keys.
  public var account: String?
  /// The key the problem is about, if any.
  public var key: String?
  /// What is wrong and, where it helps, what to do.
  public var problem: String

  public init(severity: Severity = .error, file: String, account: String? = nil, key: String? = nil, problem: String) {
    self.severity = severity
    self.file = file
    self.account = account
    self.key = key
    self.problem = problem
  }

  /// `config.toml: account "okx-main": key "exchange": unknown exchange "okex" (expected okx or bybit)`.
  public var description: String {
    var parts = [file]
    if let account { parts.append(account) }
    if let key { parts.append("key \"\(key)\"") }
    parts.append(problem)
    return parts.joined(separator: ": ")
  }
}

/// The configuration could not be used; `diagnostics` holds every error (and the warnings found so far).
public struct ConfigFailure: Error, Sendable, CustomStringConvertible {
  public var diagnostics: [ConfigDiagnostic]

  public init(_ diagnostics: [ConfigDiagnostic]) { self.diagnostics = diagnostics }

  /// The errors only.
  public var errors: [ConfigDiagnostic] { diagnostics.filter { $0.severity == .error } }

  public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
