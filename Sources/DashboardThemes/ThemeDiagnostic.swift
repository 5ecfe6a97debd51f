/// A problem found in a theme file: an error (the theme is not used) or a warning (the
/// offending entry is ignored). Its description names the file, line and key, e.g.
/// `themes/bad.toml:7: roles."risk.warn": unknown colour "yelow"`.
public struct ThemeDiagnostic: Error, Sendable, Hashable, CustomStringConvertible {
  /// Whether the theme could still be used.
  public enum Severity: Sendable, Hashable {
    case error
    case warning
  }

  /// Error or warning.
  public var severity: Severity
  /// The theme file's path as it was found, or nil when no file is involved.
  public var file: String?
  /// The 1-based line, when known.
  public var line: Int?
  /// The key path, e.g. `roles."risk.warn"`.
  public var key: String?
  /// What is wrong, e.g. `unknown colour "yelow"`.
  public var message: String

  /// A diagnostic; `file`, `line` and `key` are shown when known.
  public init(_ severity: Severity = .error, file: String?, line: Int? = nil, key: String? = nil, message: String) {
    self.severity = severity
    self.file = file
    self.line = line
    self.key = key
    self.message = message
  }

  /// `file:line: key: message`, leaving out what is unknown.
  public var description: String {
    var parts: [String] = []
    if let file {
      parts.append(line.map { "\(file):\($0)" } ?? file)
    }
    if let key {
      parts.append(key)
    }
    parts.append(message)
    return parts.joined(separator: ": ")
  }
}
