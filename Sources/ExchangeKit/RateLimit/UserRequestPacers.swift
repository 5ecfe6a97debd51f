import ExchangeModel
import Synchronization

/// Hands out one `SharedRequestWindows` per venue user id (OKX `uid`, Bybit `userID`). Make one
/// for the process and give it to every client, so the keys of one user share the venue's limits.
public final class UserRequestPacers: Sendable {
  private let windows = Mutex<[String: SharedRequestWindows]>([:])

  /// An empty registry.
  public init() {}

  /// The windows of `userID` on `venue`, created with `limits` the first time it is asked for.
  func windows(venue: Venue, userID: String, limits: [String: SlidingWindowLimit]) -> SharedRequestWindows {
    windows.withLock { windows in
      let key = venue.rawValue + ":" + userID
      if let shared = windows[key] { return shared }
      let shared = SharedRequestWindows(limits: limits)
      windows[key] = shared
      return shared
    }
  }
}
