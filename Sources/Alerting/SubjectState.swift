import ExchangeModel
import Foundation

/// What the rules remember about one subject between refreshes.
public struct SubjectState: Sendable, Hashable {
  /// The level the subject holds once hysteresis and dwell are applied.
  public var held: RiskLevel = .ok
  /// The level last alerted (`ok` before any).
  public var alerted: RiskLevel = .ok
  /// When the last alert went out.
  public var lastAlertAt: Date?
  /// A level read but not yet held: how many readings in a row, and since when.
  public var pending: RiskLevel?
  public var pendingCount = 0
  public var pendingSince: Date?

  public init() {}
}
