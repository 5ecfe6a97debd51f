/// How worried the user should be about one figure, from nothing to act-now.
///
/// The order is severity, used whenever the worst of several figures is chosen: `unknown` ranks
/// above `none` and `ok` (a figure the venue's data cannot support is never shown as safe) and
/// below the levels a venue figure supports (`watch` and up), because a known approach to
/// liquidation is the more urgent thing to put in front of the user. The raw values are the
/// documented numeric mapping (0 none … 6 critical), written out because the metrics and the
/// history file store them: a new level takes a new number, never a renumbering.
public enum RiskLevel: Int, Sendable, Hashable, Comparable, CaseIterable {
  /// Nothing can be liquidated: no liabilities, no positions, no margin requirement.
  case none = 0
  case ok = 1
  /// The venue's data cannot tell (a field that should be there is not, or is malformed).
  case unknown = 2
  case watch = 3
  case warn = 4
  case danger = 5
  /// At or past liquidation, or a forced conversion imminent or under way.
  case critical = 6

  /// Orders levels by severity.
  public static func < (lhs: RiskLevel, rhs: RiskLevel) -> Bool { lhs.rawValue < rhs.rawValue }

  /// The level as a word for the screen, so it never depends on colour alone.
  public var label: String {
    switch self {
    case .none: return "none"
    case .ok: return "ok"
    case .unknown: return "UNKNOWN"
    case .watch: return "watch"
    case .warn: return "warn"
    case .danger: return "DANGER"
    case .critical: return "CRITICAL"
    }
  }

  /// The level's stable lower-case name, as the JSON snapshot writes it.
  public var name: String {
    switch self {
    case .none: return "none"
    case .ok: return "ok"
    case .unknown: return "unknown"
    case .watch: return "watch"
    case .warn: return "warn"
    case .danger: return "danger"
    case .critical: return "critical"
    }
  }

  /// True for the levels that call for attention: unknown, and watch and up.
  public var isAboveOK: Bool { self > .ok }
}
