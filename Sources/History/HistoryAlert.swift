import ExchangeModel
import Foundation

/// One alert as the history keeps it, so the history view can mark when levels changed.
public struct HistoryAlert: Sendable, Hashable {
  /// The account's configured name.
  public var account: String
  /// When the alert fired.
  public var at: Date
  /// What the alert is about (`margin usage`, `USDT liabilities`, …), in the alert engine's words.
  public var subject: String
  /// The currency the alert is about, when it is about one.
  public var currency: String?
  /// The level the subject reached.
  public var level: RiskLevel
  /// The level it came from, when known.
  public var previousLevel: RiskLevel?
  /// The alert's text as delivered (it never holds a secret: alerts are built from figures).
  public var message: String

  public init(
    account: String, at: Date, subject: String, currency: String? = nil, level: RiskLevel, previousLevel: RiskLevel? = nil,
    message: String
  ) {
    self.account = account
    self.at = at
    self.subject = subject
    self.currency = currency
    self.level = level
    self.previousLevel = previousLevel
    self.message = message
  }
}
