import ExchangeModel
import Foundation

/// One alert: a subject of one account changed level, and the change held long enough to tell.
public struct Alert: Sendable, Hashable {
  /// The account's configured name.
  public var account: String
  public var exchange: Venue
  public var subject: AlertSubject
  /// The currency for per-currency subjects; `nil` for the account's own.
  public var currency: String?
  /// The level the subject now holds.
  public var level: RiskLevel
  /// The level last alerted for this subject (`ok` before the first alert).
  public var previousLevel: RiskLevel
  /// The figure that set the level, in the unit of its thresholds (percent for margin usage,
  /// the venue's scale for the others, seconds for staleness); `nil` when there is none.
  public var value: ExactDecimal?
  /// The threshold the value crossed to reach `level` (for a fall, the one of the level left);
  /// `nil` when the subject has no numeric threshold.
  public var threshold: ExactDecimal?
  /// When the change was observed (the injected clock of the evaluation).
  public var at: Date
  /// One line a person can act on.
  public var message: String

  public init(
    account: String, exchange: Venue, subject: AlertSubject, currency: String?, level: RiskLevel,
    previousLevel: RiskLevel, value: ExactDecimal?, threshold: ExactDecimal?, at: Date, message: String
  ) {
    self.account = account
    self.exchange = exchange
    self.subject = subject
    self.currency = currency
    self.level = level
    self.previousLevel = previousLevel
    self.value = value
    self.threshold = threshold
    self.at = at
    self.message = message
  }

  /// Whether the alert reports a rise in level (as opposed to a recovery).
  public var isEscalation: Bool { level > previousLevel }
}
