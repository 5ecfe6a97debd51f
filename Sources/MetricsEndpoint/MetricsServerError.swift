/// Why the metrics endpoint could not start.
public enum MetricsServerError: Error, Sendable, Hashable, CustomStringConvertible {
  /// Another process listens on the address.
  case addressInUse(String)
  /// Any other failure to listen (an address of no local interface, a host that does not resolve).
  case cannotListen(String, String)

  public var description: String {
    switch self {
    case .addressInUse(let address):
      return "--metrics \(address): the address is already in use (another margintop or exporter?); choose another port"
    case .cannotListen(let address, let reason):
      return "--metrics \(address): cannot listen there: \(reason)"
    }
  }
}
