import ExchangeModel
import Foundation

/// The REST base URL of an account: the venue's default for the environment, or a configured one.
public enum BaseURL {
  /// The venue's documented default host for `environment`.
  static func defaultURL(venue: Venue, environment: VenueEnvironment) -> String {
    switch (venue, environment) {
    case (.okx, _): return "https://www.okx.com"
    case (.bybit, .live): return "https://api.bybit.com"
    case (.bybit, .testnet): return "https://api-testnet.bybit.com"
    case (.bybit, .demo): return "https://api-demo.bybit.com"
    }
  }

  /// The base URL for `configuration`. Throws `.config` for anything but `https://`, or
  /// `http://` to a loopback host (tests and the simulator).
  static func resolve(_ configuration: ClientConfiguration) throws(ExchangeError) -> URL {
    let name = configuration.venue.displayName
    let url: URL
    if let configured = configuration.baseURL {
      url = configured
    } else if let fallback = URL(string: defaultURL(venue: configuration.venue, environment: configuration.environment)) {
      url = fallback
    } else {
      throw ExchangeError(kind: .config, message: "no default \(name) URL")
    }
    guard let components = URLComponents(url: url, resolvingAgainstBaseURL: false), let host = components.host,
      !host.isEmpty, components.query == nil
    else {
      throw ExchangeError(kind: .config, message: "the \(name) base URL is not a valid https:// URL without a query")
    }
    switch components.scheme?.lowercased() {
    case "https":
      return url
    case "http" where isLoopback(host):
      return url
    case "http":
      throw ExchangeError(
        kind: .config, message: "plain http:// is refused for \(host): use https:// (http is for loopback only)")
    default:
      throw ExchangeError(kind: .config, message: "the \(name) base URL must start with https://")
    }
  }

  /// `127.0.0.0/8`, `::1` and `localhost`: the hosts where plain http cannot be read by anyone
  /// else on the network.
  public static func isLoopback(_ host: String) -> Bool {
    let bare = host.trimmingCharacters(in: CharacterSet(charactersIn: "[]")).lowercased()
    if bare == "localhost" || bare == "::1" || bare == "0:0:0:0:0:0:0:1" { return true }
    let octets = bare.split(separator: ".", omittingEmptySubsequences: false)
    guard octets.count == 4, octets[0] == "127" else { return false }
    return octets.allSatisfy { part in UInt8(part).map { _ in true } ?? false }
  }

  /// The scheme and authority (`host[:port]`, as written) of `base`, for the request head.
  /// User info, if any, is left out: the venues authenticate by signature only.
  static func origin(_ base: URL) throws(ExchangeError) -> (scheme: String, authority: String) {
    // Cut from the text so the authority is sent as configured (an IPv6 literal in its brackets).
    let text = base.absoluteString
    guard let scheme = base.scheme?.lowercased(), let start = text.range(of: "://")?.upperBound else {
      throw ExchangeError(kind: .config, message: "cannot build a request URL from the base URL")
    }
    var authority = text[start...].prefix { !"/?#".contains($0) }
    if let at = authority.lastIndex(of: "@") { authority = authority[authority.index(after: at)...] }
    guard !authority.isEmpty else {
      throw ExchangeError(kind: .config, message: "cannot build a request URL from the base URL")
    }
    return (scheme, String(authority))
  }

  /// The path part of `base` (a prefix before the venue's paths, usually empty).
  static func pathPrefix(_ base: URL) -> String {
    var path = URLComponents(url: base, resolvingAgainstBaseURL: false)?.percentEncodedPath ?? ""
    while path.hasSuffix("/") { path.removeLast() }
    return path
  }
}
