/// Where `--metrics` listens: a host and a port, loopback unless another host is written out.
///
/// Accepted forms: `PORT` (loopback, `127.0.0.1`), `HOST:PORT`, `:PORT` (loopback) and
/// `[IPV6]:PORT`. Port 0 asks the system for a free port. A host is taken as written; serving on
/// every interface needs `0.0.0.0:PORT` (or `[::]:PORT`) spelled out.
public struct MetricsAddress: Sendable, Hashable, CustomStringConvertible {
  /// The loopback address used when none is given.
  public static let defaultHost = "127.0.0.1"

  public var host: String
  public var port: Int

  public init(host: String, port: Int) {
    self.host = host
    self.port = port
  }

  /// Parses `--metrics`'s value; throws a `MetricsAddressError` that says what is wrong.
  public init(parsing text: String) throws(MetricsAddressError) {
    let trimmed = text.trimmingWhitespace
    guard !trimmed.isEmpty else { throw .malformed(text, "expected HOST:PORT or PORT") }
    var host = MetricsAddress.defaultHost
    let portText: Substring
    if trimmed.hasPrefix("[") {
      guard let close = trimmed.firstIndex(of: "]") else { throw .malformed(text, "an IPv6 address needs its closing ]") }
      host = String(trimmed[trimmed.index(after: trimmed.startIndex)..<close])
      let rest = trimmed[trimmed.index(after: close)...]
      guard rest.hasPrefix(":") else { throw .malformed(text, "expected [IPV6]:PORT") }
      portText = rest.dropFirst()
      guard !host.isEmpty, host.allSatisfy({ $0.isHexDigit || $0 == ":" || $0 == "." }) else {
        throw .malformed(text, "\"\(host)\" is not an IPv6 address")
      }
    } else if let colon = trimmed.lastIndex(of: ":") {
      let name = trimmed[..<colon]
      guard !name.contains(":") else { throw .malformed(text, "write an IPv6 address in brackets: [::1]:PORT") }
      if !name.isEmpty { host = String(name) }
      portText = trimmed[trimmed.index(after: colon)...]
      guard host.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" }), host.allSatisfy(\.isASCII) else {
        throw .malformed(text, "\"\(host)\" is not a host name or IPv4 address")
      }
    } else {
      portText = Substring(trimmed)
    }
    guard !portText.isEmpty, portText.allSatisfy(\.isASCIIDigitCharacter), portText.count <= 5, let port = Int(portText),
      port <= 65535
    else {
      throw .malformed(text, "the port must be a number from 0 to 65535")
    }
    self.host = host
    self.port = port
  }

  /// Whether only this machine can connect (127.0.0.0/8, `::1`, `localhost`).
  public var isLoopback: Bool {
    host == "localhost" || host == "::1" || host.hasPrefix("127.")
  }

  /// `HOST:PORT`, with brackets around an IPv6 host.
  public var description: String {
    host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)"
  }
}

extension Character {
  fileprivate var isASCIIDigitCharacter: Bool { isASCII && isWholeNumber }
}

extension String {
  fileprivate var trimmingWhitespace: String {
    String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
  }
}
