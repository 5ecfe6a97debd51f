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

  /// Makes the venue's client with an injected clock (tests, the simulator's scenarios); clients
  /// given the same `pacers` share the venue's per-user limits between keys of one user id.
  public static func make(
    _ configuration: ClientConfiguration, transport: any HTTPTransport, clock: any ExchangeClock,
    pacers: UserRequestPacers? = nil
  ) throws -> any ExchangeClient {
    let jitter: @Sendable () -> Double = { Double.random(in: 0...1) }
    switch configuration.venue {
    case .okx:
      return try OKXClient(configuration: configuration, transport: transport, clock: clock, jitter: jitter, pacers: pacers)
    case .bybit:
      return try BybitClient(configuration: configuration, transport: transport, clock: clock, jitter: jitter, pacers: pacers)
    }
  }
}
