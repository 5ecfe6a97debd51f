/// The exchange an account lives on.
public enum Venue: String, Sendable, Hashable, CaseIterable, Codable {
  case okx
  case bybit

  /// The name users know the venue by.
  public var displayName: String {
    switch self {
    case .okx: return "OKX"
    case .bybit: return "Bybit"
    }
  }
}

/// Which of a venue's environments a key belongs to.
public enum VenueEnvironment: String, Sendable, Hashable, CaseIterable, Codable {
  /// Production.
  case live
  /// OKX demo trading (`x-simulated-trading: 1`) or Bybit demo trading (`api-demo.bybit.com`).
  case demo
  /// Bybit testnet (`api-testnet.bybit.com`).
  case testnet
}
