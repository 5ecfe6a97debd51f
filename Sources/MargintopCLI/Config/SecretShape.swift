/// Tells a value that looks like a pasted key or secret from an environment-variable name or a
/// file path, so a secret put in `secret_env` or `secret_file` by mistake is refused without
/// being quoted in the error (or the log). Pure.
///
/// Venue keys and secrets are long runs of letters and digits (OKX: a UUID key and 32 hex
/// digits; Bybit: 18 and 36 alphanumerics); variable names are short words joined by `_`, and
/// paths have a `/` or a `.`.
enum SecretShape {
  /// Shortest run of letters and digits taken for a key or secret.
  static let minimumSecretLength = 16

  /// Whether `name` cannot be, or does not look like, an environment variable's name.
  static func looksLikeSecret(variableName name: String) -> Bool {
    let bytes = Array(name.utf8)
    let isNameByte: (UInt8) -> Bool = { byte in
      byte == UInt8(ascii: "_") || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
        || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z"))
    }
    guard let first = bytes.first, !(first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9")), bytes.allSatisfy(isNameByte)
    else { return true }
    return isKeyLike(bytes)
  }

  /// Whether `path` looks like a key or secret rather than a path: no `/`, `.` or `~`, and
  /// key-like (or not printable text at all).
  static func looksLikeSecret(path: String) -> Bool {
    let bytes = Array(path.utf8)
    if bytes.contains(where: { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "~") }) {
      return false
    }
    return isKeyLike(bytes.filter { $0 != UInt8(ascii: "-") })
  }

  /// Long, with letters and digits, and no `_` (which names use and secrets do not).
  private static func isKeyLike(_ bytes: [UInt8]) -> Bool {
    guard bytes.count >= minimumSecretLength, !bytes.contains(UInt8(ascii: "_")) else { return false }
    let digits = bytes.filter { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }.count
    return digits > 0 && digits < bytes.count
  }
}
