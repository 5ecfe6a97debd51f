import ExchangeModel

extension RiskLevel {
  /// The theme role that draws this level: `none` muted, `unknown` in a colour of its own.
  public var role: ThemeRole {
    switch self {
    case .none: return .muted
    case .ok: return .riskOK
    case .unknown: return .riskUnknown
    case .watch: return .riskWatch
    case .warn: return .riskWarn
    case .danger: return .riskDanger
    case .critical: return .riskCritical
    }
  }
}
