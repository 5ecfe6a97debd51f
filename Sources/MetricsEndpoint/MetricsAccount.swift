import ExchangeModel
import Foundation

/// One watched account as the metrics see it: its labels and when it counts as stale.
public struct MetricsAccount: Sendable, Hashable {
  /// The account's name from the configuration (the `account` label).
  public var name: String
  /// The venue (the `exchange` label).
  public var venue: Venue
  /// No successful refresh for longer than this makes the account stale in `/healthz`.
  public var staleAfter: TimeInterval

  public init(name: String, venue: Venue, staleAfter: TimeInterval) {
    self.name = name
    self.venue = venue
    self.staleAfter = staleAfter
  }

  var labels: [(String, String)] { [("account", name), ("exchange", venue.rawValue)] }

  func labels(currency: String) -> [(String, String)] { labels + [("currency", currency)] }
}
