import ExchangeModel

/// Builds the client for a configured account.
public enum ExchangeClients {
  /// Makes the venue's client for `configuration`, sending requests through `transport`.
  /// Throws `ExchangeError` of kind `.config` for a refused base URL.
  public static func make(_ configuration: ClientConfiguration, transport: any HTTPTransport) throws
    -> any ExchangeClient
  {
    fatalError("ExchangeClients.make: not implemented yet")
  }
}
