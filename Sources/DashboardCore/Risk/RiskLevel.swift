/// How worried the user should be about one figure, from nothing to act-now.
public enum RiskLevel: Int, Sendable, Hashable, Comparable, CaseIterable {
  case ok, watch, warn, danger, critical

  /// Orders levels from ok to critical.
  public static func < (lhs: RiskLevel, rhs: RiskLevel) -> Bool { lhs.rawValue < rhs.rawValue }

  /// The theme role that draws this level.
  public var role: ThemeRole {
    switch self {
    case .ok: return .riskOK
    case .watch: return .riskWatch
    case .warn: return .riskWarn
    case .danger: return .riskDanger
    case .critical: return .riskCritical
    }
  }

  /// The level as a word, so it never depends on colour alone.
  public var label: String {
    switch self {
    case .ok: return "ok"
    case .watch: return "watch"
    case .warn: return "warn"
    case .danger: return "DANGER"
    case .critical: return "CRITICAL"
    }
  }
}
