import ExchangeModel
import Foundation

/// An alert as the dashboard shows it: one subject of one account changed level.
///
/// The core's own small value type, so `DashboardCore` does not depend on the alert rules: the
/// session maps each `Alerting.Alert` into one. Public and plain, so other views (the history
/// chart) can mark alerts too.
public struct AlertNotice: Sendable, Hashable {
  /// What the alert's figure counts, which decides how it is written and whether privacy masks it.
  public enum Unit: Sendable, Hashable {
    /// Percent (margin usage): a ratio, shown in privacy mode too.
    case percent
    /// A venue's 0–5 risk scale.
    case scale
    /// A venue's code (`colRes`).
    case code
    /// Seconds (data age).
    case seconds
    /// A count of fields.
    case fields
    /// Money: masked in privacy mode.
    case amount
  }

  /// The account's configured name.
  public var account: String
  public var exchange: Venue
  /// The subject's stable name (`margin_usage`, `auto_conversion`, `stale`…), as in the JSON.
  public var subject: String
  /// The currency for per-currency subjects.
  public var currency: String?
  public var level: RiskLevel
  public var previousLevel: RiskLevel
  /// The figure that set the level, in `unit`; `nil` when there is none.
  public var value: ExactDecimal?
  /// The threshold crossed, in `unit`; `nil` when there is none.
  public var threshold: ExactDecimal?
  public var unit: Unit
  /// When the change was observed.
  public var at: Date

  public init(
    account: String, exchange: Venue, subject: String, currency: String?, level: RiskLevel, previousLevel: RiskLevel,
    value: ExactDecimal?, threshold: ExactDecimal?, unit: Unit, at: Date
  ) {
    self.account = account
    self.exchange = exchange
    self.subject = subject
    self.currency = currency
    self.level = level
    self.previousLevel = previousLevel
    self.value = value
    self.threshold = threshold
    self.unit = unit
    self.at = at
  }

  /// Whether the level rose (as opposed to a recovery).
  public var isEscalation: Bool { level > previousLevel }

  /// The subject in a few words for the screen; an unknown name is shown as it is.
  public var subjectLabel: String {
    switch subject {
    case "margin_usage": return "margin usage"
    case "auto_conversion": return "auto-conversion"
    case "forced_repayment": return "forced repayment"
    case "collateral_restriction": return "collateral limit"
    case "stale": return "data stale"
    case "failing": return "key refused"
    case "decoding": return "unreadable fields"
    case "unknown": return "risk unknown"
    default: return TerminalText.escaped(subject)
    }
  }
}
