import Foundation

/// Short human ages for "updated 3s ago": `3s`, `2m05s`, `1h02m`, `3d04h`.
enum AgeText {
  static func short(_ interval: TimeInterval) -> String {
    let total = max(0, Int(interval.rounded(.down)))
    if total < 60 { return "\(total)s" }
    if total < 3600 { return "\(total / 60)m" + pad(total % 60) + "s" }
    if total < 86_400 { return "\(total / 3600)h" + pad(total % 3600 / 60) + "m" }
    return "\(total / 86_400)d" + pad(total % 86_400 / 3600) + "h"
  }

  /// A refresh interval: `5s`, `2m`, `1m30s`.
  static func interval(_ duration: Duration) -> String {
    let total = Int(duration.components.seconds)
    if total < 60 { return "\(total)s" }
    return total % 60 == 0 ? "\(total / 60)m" : "\(total / 60)m" + pad(total % 60) + "s"
  }

  /// A request's round trip in parentheses: `(120 ms)`, `(2.4 s)`.
  static func roundTrip(_ seconds: TimeInterval) -> String {
    let clamped = min(max(0, seconds), 3600)
    if clamped < 1 { return "(\(Int((clamped * 1000).rounded())) ms)" }
    return "(" + String(Int(clamped)) + "." + String(Int((clamped * 10).rounded(.down)) % 10) + " s)"
  }

  private static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
