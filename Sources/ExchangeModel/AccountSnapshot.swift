import Foundation

/// One successful read of one account: totals and currencies at a moment.
public struct AccountSnapshot: Sendable, Hashable {
  public var venue: Venue
  /// The account's name from the configuration (`okx-main`).
  public var accountName: String
  public var mode: AccountMode
  /// When margintop received the response (local clock).
  public var fetchedAt: Date
  /// When the venue says the data was current (OKX `uTime`, Bybit response `time`).
  public var exchangeTime: Date?
  public var totals: AccountTotals
  /// Currencies in the order the venue sent them.
  public var currencies: [CurrencyBalance]

  public init(
    venue: Venue, accountName: String, mode: AccountMode, fetchedAt: Date, exchangeTime: Date? = nil,
    totals: AccountTotals, currencies: [CurrencyBalance]
  ) {
    self.venue = venue
    self.accountName = accountName
    self.mode = mode
    self.fetchedAt = fetchedAt
    self.exchangeTime = exchangeTime
    self.totals = totals
    self.currencies = currencies
  }
}
