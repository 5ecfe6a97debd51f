import Foundation

/// Finds the line of a key in TOML text, so messages can point at it: TOMLKit reports lines for
/// syntax errors only. It understands the subset theme files use: `[table]` headers and
/// `key = value` lines with bare or quoted keys.
struct ThemeSourceMap: Sendable {
  private var lines: [String: Int] = [:]

  init(text: String) {
    var table = ""
    var number = 0
    for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
      number += 1
      let line = rawLine.trimmingCharacters(in: .whitespaces)
      if line.hasPrefix("[") && !line.hasPrefix("[[") {
        let header = line.dropFirst().prefix { $0 != "]" }
        table = Self.unquote(header.trimmingCharacters(in: .whitespaces))
        record(table: "", key: table, line: number)
      } else if !line.hasPrefix("#"), let equals = line.firstIndex(of: "=") {
        let key = Self.unquote(line[..<equals].trimmingCharacters(in: .whitespaces))
        record(table: table, key: key, line: number)
      }
    }
  }

  /// The line where `key` is set inside `table` (`""` for the top level).
  func line(table: String, key: String) -> Int? {
    lines[Self.path(table: table, key: key)]
  }

  /// The key path as messages show it: `roles."risk.warn"`, `inherits`.
  static func path(table: String, key: String) -> String {
    let quoted = key.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" } ? key : "\"\(key)\""
    return table.isEmpty ? quoted : "\(table).\(quoted)"
  }

  private mutating func record(table: String, key: String, line: Int) {
    let path = Self.path(table: table, key: key)
    if lines[path] == nil {
      lines[path] = line
    }
  }

  private static func unquote(_ key: String) -> String {
    guard key.count >= 2, let first = key.first, first == "\"" || first == "'", key.last == first else { return key }
    return String(key.dropFirst().dropLast())
  }
}
