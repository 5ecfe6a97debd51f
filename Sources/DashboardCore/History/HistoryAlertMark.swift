import ExchangeModel
import Foundation

/// An alert of the window the history view shows, marked on its time axis.
public struct HistoryAlertMark: Sendable, Hashable {
  /// When it fired.
  public var at: Date
  /// The level it reached (the mark's colour).
  public var level: RiskLevel

  public init(at: Date, level: RiskLevel) {
    self.at = at
    self.level = level
  }
}
