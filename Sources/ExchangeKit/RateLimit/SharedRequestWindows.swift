import Foundation
import Synchronization

/// The request windows of one venue user id, shared by the sessions of all its keys: the venues
/// count some limits per user (OKX's balance: 10 per 2 s per user id), so two keys of one user
/// must take turns in one window.
public final class SharedRequestWindows: Sendable {
  private let limits: Mutex<[String: SlidingWindowLimit]>

  init(limits: [String: SlidingWindowLimit]) {
    self.limits = Mutex(limits)
  }

  /// Takes a slot for `endpoint` at `now` and returns zero, or, when the window is full, takes
  /// nothing and returns how long to wait. Checking and taking are one step, so two sessions
  /// cannot both take the last slot.
  func reserve(_ endpoint: String, at now: Date) -> Duration {
    limits.withLock { limits in
      guard var limit = limits[endpoint] else { return .zero }
      let wait = limit.delay(at: now)
      guard wait == .zero else { return wait }
      limit.record(at: now)
      limits[endpoint] = limit
      return .zero
    }
  }
}
