import ExchangeModel
import Foundation
import TOMLKit

extension ParseContext {
  /// One credential: the API key, the secret or the passphrase, each from `<field>_env`,
  /// `<field>_file` or, in a private file, `<field>` itself.
  enum CredentialField: String, CaseIterable {
    case apiKey = "api_key"
    case secret
    case passphrase
  }

  mutating func readCredentials(_ table: TOMLTable, label: String, venue: Venue) -> Credentials? {
    let apiKey = readCredential(.apiKey, table, label: label, required: true)
    let secret = readCredential(.secret, table, label: label, required: true)
    var passphrase: String?
    if venue == .okx {
      passphrase = readCredential(.passphrase, table, label: label, required: true)
    } else {
      for key in Self.keys(of: .passphrase) where table.contains(key: key) {
        error(label, key, "OKX only (Bybit keys have no passphrase)")
      }
    }
    guard let apiKey, let secret, venue == .bybit || passphrase != nil else { return nil }
    return Credentials(apiKey: apiKey, secret: Secret(secret), passphrase: passphrase.map(Secret.init))
  }

  static func keys(of field: CredentialField) -> [String] {
    [field.rawValue + "_env", field.rawValue + "_file", field.rawValue]
  }

  /// The credential's value, or `nil` after reporting why not. Never quotes the value.
  private mutating func readCredential(_ field: CredentialField, _ table: TOMLTable, label: String, required: Bool) -> String? {
    let f = field.rawValue
    let present = Self.keys(of: field).filter { table.contains(key: $0) }
    guard present.count <= 1 else {
      error(label, present[0], "set only one of \(present.joined(separator: ", "))")
      return nil
    }
    guard let key = present.first, let value = table[key] else {
      if required { error(label, f + "_env", "missing: set \(f)_env (an environment variable), \(f)_file (a file) or \(f) (inline)") }
      return nil
    }
    guard let s = string(value, account: label, key: key) else { return nil }
    let resolved: String?
    if key.hasSuffix("_env") {
      resolved = fromEnvironment(s, label: label, key: key)
    } else if key.hasSuffix("_file") {
      resolved = fromFile(s, label: label, key: key)
    } else {
      resolved = inline(s, label: label, key: key)
    }
    guard let resolved else { return nil }
    guard !resolved.isEmpty else {
      error(label, key, "is empty")
      return nil
    }
    guard !TerminalText.hasControlCharacters(resolved) else {
      error(label, key, "the \(f.replacingOccurrences(of: "_", with: " ")) contains control characters (not shown)")
      return nil
    }
    return resolved
  }

  private mutating func fromEnvironment(_ variable: String, label: String, key: String) -> String? {
    guard !variable.isEmpty else {
      error(label, key, "must name an environment variable")
      return nil
    }
    guard !SecretShape.looksLikeSecret(variableName: variable) else {
      error(
        label, key,
        "must name an environment variable (like OKX_SECRET), but its value looks like a key or secret itself (not shown): put the secret in the variable, and the variable's name here"
      )
      return nil
    }
    guard let value = sources.environment[variable] else {
      error(label, key, "environment variable \"\(variable)\" is not set")
      return nil
    }
    let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
    if trimmed.isEmpty { error(label, key, "environment variable \"\(variable)\" is empty") }
    return trimmed.isEmpty ? nil : trimmed
  }

  private mutating func fromFile(_ path: String, label: String, key: String) -> String? {
    guard !SecretShape.looksLikeSecret(path: path) else {
      error(
        label, key,
        "must be a file path (like ~/.config/margintop/okx.secret), but its value looks like a key or secret itself (not shown): put the secret in the file, and the file's path here"
      )
      return nil
    }
    let full = sources.resolve(path, relativeTo: directory)
    let text: String
    do {
      text = try sources.readFile(full)
    } catch {
      self.error(label, key, "cannot read \"\(full)\": \(error)")
      return nil
    }
    if let mode = sources.fileMode(full), mode & 0o077 != 0 {
      warning(label, key, "\"\(full)\" is readable by group or others (mode \(Self.octal(mode))); run chmod 600 \"\(full)\"")
    }
    let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
    if trimmed.isEmpty { error(label, key, "\"\(full)\" is empty") }
    return trimmed.isEmpty ? nil : trimmed
  }

  /// Inline secrets are accepted only from a file nobody else can read, as ssh insists for keys.
  private mutating func inline(_ value: String, label: String, key: String) -> String? {
    guard let mode = fileMode, mode & 0o077 == 0 else {
      let modeText = fileMode.map { "permissions \(Self.octal($0))" } ?? "unknown permissions"
      error(
        label, key,
        "\(modeText) for \"\(file)\" are too open: an inline secret needs a file only you can read; run chmod 600 \"\(file)\", or use \(key)_env or \(key)_file"
      )
      return nil
    }
    return value
  }

  static func octal(_ mode: UInt16) -> String {
    let s = String(mode, radix: 8)
    return String(repeating: "0", count: max(0, 4 - s.count)) + s
  }
}
