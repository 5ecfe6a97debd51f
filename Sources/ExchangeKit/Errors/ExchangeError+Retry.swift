import ExchangeModel
import Foundation

extension ExchangeError {
  /// This error with `retryAfter` set and the wait added to the message ("…; retrying in 3 s").
  func retrying(at date: Date, now: Date) -> ExchangeError {
    var copy = self
    copy.retryAfter = date
    copy.message = message + "; retrying in " + ExchangeError.waitText(date.timeIntervalSince(now))
    return copy
  }

  /// A wait as users read it: `3 s`, `2 min`.
  static func waitText(_ seconds: TimeInterval) -> String {
    let whole = max(1, Int(seconds.rounded(.up)))
    if whole < 120 { return "\(whole) s" }
    return "\((whole + 59) / 60) min"
  }
}
