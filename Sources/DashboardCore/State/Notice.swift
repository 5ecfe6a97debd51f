import Foundation

/// A short message the top line shows for a few seconds after an action (`theme nord`).
public struct Notice: Sendable, Hashable {
  public var text: String
  /// When it was given (the state's clock).
  public var at: Date

  /// How long a notice stays on screen.
  public static let duration: TimeInterval = 3

  public init(text: String, at: Date) {
    self.text = text
    self.at = at
  }

  /// Whether the notice is still shown at `now`.
  public func isShown(at now: Date) -> Bool {
    now.timeIntervalSince(at) < Notice.duration
  }
}
