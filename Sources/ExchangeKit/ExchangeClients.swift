import ExchangeModel

/// Builds the client for a configured account.
public enum ExchangeClients {
  /// Makes the venue's client for `configuration`, sending requests through `transport`.
  /// Throws `ExchangeError` of kind `.config` for a refused base URL.
  public static func make(_ configuration: ClientConfiguration, transport: any HTTPTransport) throws
    -> any ExchangeClient
  {
    try make(configuration, transport: transport, clock: SystemExchangeClock())
  }

  /// Makes the venue's client with an injected clock (tests, the simulator's scenarios).
  public static func make(_ configuration: ClientConfiguration, transport: any HTTPTransport, clock: any ExchangeClock)
    throws -> any ExchangeClient
  {
    switch configuration.venue {
    case .okx: return try OKXClient(configuration: configuration, transport: transport, clock: clock)
    case .bybit: return try BybitClient(configuration: configuration, transport: transport, clock: clock)
    }
  }
}
