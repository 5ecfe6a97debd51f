/// Something that reads one account's balances: an exchange client, or a test double.
///
/// The dashboard and the snapshot command only know this protocol. Implementations throw
/// `ExchangeError` and nothing else.
public protocol BalanceSource: Sendable {
  /// The account's configured name.
  var accountName: String { get }
  var venue: Venue { get }
  /// The shortest refresh interval the venue's rate limits allow for this account.
  var minimumInterval: Duration { get }
  /// Reads the account once.
  func fetchSnapshot() async throws(ExchangeError) -> AccountSnapshot
}
