/// Why a `--metrics` value cannot be used.
public enum MetricsAddressError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The text is not `HOST:PORT`, `[IPV6]:PORT` or `PORT`; the second value says what is wrong.
  case malformed(String, String)

  public var description: String {
    switch self {
    case .malformed(let text, let reason): return "--metrics \"\(text)\": \(reason)"
    }
  }
}
