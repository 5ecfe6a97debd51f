/// What an alert is about: one rule over one figure of an account (or of one of its currencies).
public enum AlertSubject: String, Sendable, Hashable, CaseIterable, Codable {
  /// The account's margin usage, 100 % meaning liquidation (`RiskAssessment.marginUsage`).
  case marginUsage = "margin_usage"
  /// OKX `colBorrAutoConversion` of one currency, 0–5.
  case autoConversion = "auto_conversion"
  /// OKX `twap` forced-repayment risk of one currency, 0–5.
  case forcedRepayment = "forced_repayment"
  /// `colRes` of one currency: 1 near the platform limit, 2 restricted.
  case collateralRestriction = "collateral_restriction"
  /// No successful read for longer than `staleAfter`.
  case stale
  /// The venue refuses the key (auth, permission, IP, environment): retrying cannot help.
  case failing
  /// Fields that should have been numbers or levels and were not.
  case decoding
  /// The account's level reads UNKNOWN: its data cannot tell how safe it is.
  case unknown

  /// What the subject's figure and thresholds count, which decides how they are written.
  public var unit: AlertUnit {
    switch self {
    case .marginUsage: return .percent
    case .autoConversion, .forcedRepayment: return .scale
    case .collateralRestriction: return .code
    case .stale: return .seconds
    case .decoding, .failing, .unknown: return .fields
    }
  }

  /// The subject in a user's words, for messages.
  public var phrase: String {
    switch self {
    case .marginUsage: return "margin usage"
    case .autoConversion: return "auto-conversion risk"
    case .forcedRepayment: return "forced-repayment risk"
    case .collateralRestriction: return "collateral restriction"
    case .stale: return "data age"
    case .failing: return "key refused"
    case .decoding: return "decoding problems"
    case .unknown: return "risk unknown"
    }
  }
}
