import ExchangeModel
import Foundation

extension ExchangeError {
  /// This error with `retryAfter` set and the wait added to the message ("…; retrying in 3 s");
  /// `capped` says the venue asked for longer than margintop waits, and the message says so.
  func retrying(at date: Date, now: Date, capped: Bool = false) -> ExchangeError {
    var copy = self
    copy.retryAfter = date
    copy.message = message + "; retrying in " + ExchangeError.waitText(date.timeIntervalSince(now))
    if capped { copy.message += " (the venue asked for a longer wait; capped)" }
    return copy
  }

  /// A wait as users read it: `3 s`, `2 min`. Any number is safe here, NaN and infinity included.
  static func waitText(_ seconds: TimeInterval) -> String {
    let bounded = seconds.isNaN ? 1 : min(max(seconds, 1), Duration.longestInterval)
    let whole = Int(bounded.rounded(.up))
    if whole < 120 { return "\(whole) s" }
    return "\((whole + 59) / 60) min"
  }
}
