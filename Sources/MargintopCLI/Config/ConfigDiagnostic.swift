/// One problem found in a configuration file, naming the file, the account and the key.
///
/// The text never contains a secret: values are quoted only for keys that cannot hold one.
struct ConfigDiagnostic: Sendable, Hashable, CustomStringConvertible {
  /// Whether the problem stops margintop or is only reported.
  enum Severity: Sendable, Hashable {
    case error
    case warning
  }

  var severity: Severity
  /// The configuration file as the user named it.
  var file: String
  /// `account "okx-main"`, or `account #2` when the account has no usable name; `nil` for global keys.
  var account: String?
  /// The key the problem is about, if any.
  var key: String?
  /// What is wrong and, where it helps, what to do.
  var problem: String

  init(severity: Severity = .error, file: String, account: String? = nil, key: String? = nil, problem: String) {
    self.severity = severity
    self.file = file
    self.account = account
    self.key = key
    self.problem = problem
  }

  /// `config.toml: account "okx-main": key "exchange": unknown exchange "okex" (expected okx or bybit)`.
  var description: String {
    var parts = [file]
    if let account { parts.append(account) }
    if let key { parts.append("key \"\(key)\"") }
    parts.append(problem)
    return parts.joined(separator: ": ")
  }
}

/// The configuration could not be used; `diagnostics` holds every error (and the warnings found so far).
struct ConfigFailure: Error, Sendable, CustomStringConvertible {
  var diagnostics: [ConfigDiagnostic]

  init(_ diagnostics: [ConfigDiagnostic]) { self.diagnostics = diagnostics }

  /// The errors only.
  var errors: [ConfigDiagnostic] { diagnostics.filter { $0.severity == .error } }

  var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
