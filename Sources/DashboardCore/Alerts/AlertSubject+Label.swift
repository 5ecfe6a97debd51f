import Alerting

extension AlertSubject {
  /// The subject in a few words for the screen's narrow column (`phrase` is the messages' longer form).
  public var label: String {
    switch self {
    case .marginUsage: return "margin usage"
    case .autoConversion: return "auto-conversion"
    case .forcedRepayment: return "forced repayment"
    case .collateralRestriction: return "collateral limit"
    case .stale: return "data stale"
    case .failing: return "key refused"
    case .decoding: return "unreadable fields"
    case .unknown: return "risk unknown"
    }
  }
}
