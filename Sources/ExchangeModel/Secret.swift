/// A secret (API secret, passphrase) that never prints itself.
///
/// `description`, `debugDescription` and string interpolation all give `<redacted>`; only
/// `reveal()` hands out the value, and only signing code should call it.
public struct Secret: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible {
  private let value: String

  public init(_ value: String) { self.value = value }

  /// The secret's value, for signing.
  public func reveal() -> String { value }

  public var isEmpty: Bool { value.isEmpty }
  public var description: String { "<redacted>" }
  public var debugDescription: String { "<redacted>" }
}

/// The credentials of one API key.
public struct Credentials: Sendable, Hashable, CustomStringConvertible {
  /// The public key id. Not a secret, but still only shown abbreviated.
  public var apiKey: String
  public var secret: Secret
  /// OKX only.
  public var passphrase: Secret?

  public init(apiKey: String, secret: Secret, passphrase: Secret? = nil) {
    self.apiKey = apiKey
    self.secret = secret
    self.passphrase = passphrase
  }

  /// The key abbreviated for display (`ab12…9f`), never the whole key.
  public var maskedKey: String {
    guard apiKey.count > 8 else { return "…" }
    return String(apiKey.prefix(4)) + "…" + String(apiKey.suffix(2))
  }

  public var description: String { "Credentials(\(maskedKey))" }
}
