import Foundation

/// What the history view draws for one account and window, as the store returned it.
public struct HistoryChart: Sendable, Hashable {
  /// The account (index into the accounts).
  public var account: Int
  public var window: HistoryWindow
  /// The window's end (the query's "now"); it starts `window.seconds` before.
  public var end: Date
  /// Spans with data, oldest first.
  public var points: [HistoryPoint]
  /// Alerts of the window.
  public var alerts: [HistoryAlertMark]
  /// Why the history could not be read (a lock past the busy timeout, an I/O error); the view
  /// says so instead of "nothing recorded".
  public var problem: String?

  public init(
    account: Int, window: HistoryWindow, end: Date, points: [HistoryPoint], alerts: [HistoryAlertMark] = [],
    problem: String? = nil
  ) {
    self.account = account
    self.window = window
    self.end = end
    self.points = points
    self.alerts = alerts
    self.problem = problem
  }

  /// The window's start.
  public var start: Date { end.addingTimeInterval(-Double(window.seconds)) }
}
