/// The history view's choices and the chart it was last sent.
public struct HistoryViewState: Sendable, Hashable {
  /// The span shown.
  public var window: HistoryWindow = .day
  /// The account the view asked for; a chart for another account or window is dropped (it
  /// answers a request the user has moved on from).
  public var account: Int?
  /// The chart for `account` and `window`; `nil` while it loads.
  public var chart: HistoryChart?

  public init() {}
}
