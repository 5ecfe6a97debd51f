/// A currency the simulated market prices in USD.
struct Asset: Sendable, Hashable {
  /// How a price moves.
  enum Kind: Sendable, Hashable {
    case major, alt, meme, stable
  }

  var symbol: String
  /// Price at step 0, in USD.
  var basePrice: FixedPoint
  /// Decimals of the quoted price.
  var priceScale: Int
  /// Decimals of balances in this currency.
  var quantityScale: Int
  var kind: Kind
  /// Noise channel; stable per symbol so adding an asset does not change the others' walks.
  var channel: UInt64 {
    symbol.utf8.reduce(UInt64(1_469_598_103_934_665_603)) { ($0 ^ UInt64($1)) &* 1_099_511_628_211 }
  }
}

extension Asset {
  /// Every currency the simulated accounts hold.
  static let catalog: [String: Asset] = {
    let list: [Asset] = [
      Asset(symbol: "BTC", basePrice: dec("91234.5"), priceScale: 1, quantityScale: 8, kind: .major),
      Asset(symbol: "ETH", basePrice: dec("3120.37"), priceScale: 2, quantityScale: 8, kind: .major),
      Asset(symbol: "SOL", basePrice: dec("142.118"), priceScale: 3, quantityScale: 6, kind: .alt),
      Asset(symbol: "XRP", basePrice: dec("2.1843"), priceScale: 4, quantityScale: 6, kind: .alt),
      Asset(symbol: "DOGE", basePrice: dec("0.16214"), priceScale: 5, quantityScale: 4, kind: .meme),
      Asset(symbol: "OKB", basePrice: dec("48.61"), priceScale: 2, quantityScale: 6, kind: .alt),
      Asset(symbol: "TRX", basePrice: dec("0.2971"), priceScale: 4, quantityScale: 4, kind: .alt),
      Asset(symbol: "LTC", basePrice: dec("96.73"), priceScale: 2, quantityScale: 8, kind: .alt),
      Asset(symbol: "ADA", basePrice: dec("0.7468"), priceScale: 4, quantityScale: 4, kind: .alt),
      Asset(symbol: "LINK", basePrice: dec("14.572"), priceScale: 3, quantityScale: 6, kind: .alt),
      Asset(symbol: "TON", basePrice: dec("3.284"), priceScale: 3, quantityScale: 6, kind: .alt),
      Asset(symbol: "AVAX", basePrice: dec("21.39"), priceScale: 2, quantityScale: 6, kind: .alt),
      Asset(symbol: "DOT", basePrice: dec("4.127"), priceScale: 3, quantityScale: 6, kind: .alt),
      Asset(symbol: "UNI", basePrice: dec("8.341"), priceScale: 3, quantityScale: 6, kind: .alt),
      Asset(symbol: "SUI", basePrice: dec("3.4127"), priceScale: 4, quantityScale: 6, kind: .alt),
      Asset(symbol: "MNT", basePrice: dec("0.7831"), priceScale: 4, quantityScale: 6, kind: .alt),
      Asset(symbol: "ARB", basePrice: dec("0.4121"), priceScale: 4, quantityScale: 6, kind: .alt),
      Asset(symbol: "PEPE", basePrice: dec("0.00000918"), priceScale: 10, quantityScale: 2, kind: .meme),
      Asset(symbol: "LUNC", basePrice: dec("0.00006127"), priceScale: 9, quantityScale: 4, kind: .meme),
      Asset(symbol: "ETHW", basePrice: dec("1.873"), priceScale: 3, quantityScale: 8, kind: .alt),
      Asset(symbol: "USDT", basePrice: dec("1.0001"), priceScale: 5, quantityScale: 8, kind: .stable),
      Asset(symbol: "USDC", basePrice: dec("0.99985"), priceScale: 5, quantityScale: 6, kind: .stable),
    ]
    return Dictionary(uniqueKeysWithValues: list.map { ($0.symbol, $0) })
  }()
}

/// A decimal literal; the catalog only holds valid literals, so a typo shows up as 0 in tests.
func dec(_ text: String) -> FixedPoint {
  FixedPoint(text) ?? 0
}
