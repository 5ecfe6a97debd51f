import Synchronization

/// Replaces every known secret in a log line with `<redacted>`.
///
/// Secrets are typed `Secret` and should never reach a log message at all; this is the second
/// line of defence, fed with every credential value once the configuration is loaded.
final class SecretRedactor: Sendable {
  private let secrets = Mutex<[String]>([])

  init() {}

  /// Adds values to redact; values shorter than 4 characters are ignored (they would mangle text).
  func register(_ values: [String]) {
    secrets.withLock { list in
      for value in values where value.count >= 4 && !list.contains(value) { list.append(value) }
      // Longest first, so a secret containing another is redacted whole.
      list.sort { $0.count > $1.count }
    }
  }

  /// `text` with every registered secret replaced.
  func redact(_ text: String) -> String {
    secrets.withLock { list in
      var out = text
      for secret in list where out.contains(secret) {
        out = out.replacingOccurrences(of: secret, with: "<redacted>")
      }
      return out
    }
  }
}
