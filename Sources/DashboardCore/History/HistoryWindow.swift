/// The span the history view shows (`w` cycles through them).
public enum HistoryWindow: Int, Sendable, Hashable, CaseIterable {
  case hour, day, week, month

  /// The span in seconds.
  public var seconds: Int {
    switch self {
    case .hour: return 3600
    case .day: return 86_400
    case .week: return 7 * 86_400
    case .month: return 30 * 86_400
    }
  }

  /// The name in the view's title: `1 h`, `24 h`, `7 d`, `30 d`.
  public var label: String {
    switch self {
    case .hour: return "1 h"
    case .day: return "24 h"
    case .week: return "7 d"
    case .month: return "30 d"
    }
  }

  /// The next longer window, back to an hour after a month.
  var next: HistoryWindow { HistoryWindow(rawValue: (rawValue + 1) % HistoryWindow.allCases.count) ?? .hour }
}
