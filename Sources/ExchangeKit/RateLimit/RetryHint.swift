import ExchangeModel
import Foundation

/// When a venue asks to be left alone until (`Retry-After` as seconds or an HTTP date, Bybit's
/// `X-Bapi-Limit-Reset-Timestamp`), range-checked and capped. Pure.
///
/// A header is outside data: `Retry-After: 9223372036854775807` must neither trap on its way to
/// a `Duration` nor silence an account for centuries. Waits beyond `longest` are cut to it and
/// marked `capped`, so the message can say so.
public struct RetryHint: Sendable, Hashable {
  /// Not before this date.
  public var date: Date
  /// The venue asked for longer than `longest`.
  public var capped: Bool

  /// The longest wait a venue can impose through a header (Bybit's own IP ban is 10 minutes).
  public static let longest: TimeInterval = 600

  /// Creates a hint for `date`, capped to `longest` after `now`; a date in the past means now.
  public init(until date: Date, now: Date) {
    let latest = now.addingTimeInterval(RetryHint.longest)
    self.date = min(max(date, now), latest)
    capped = date > latest
  }

  /// A `Retry-After` value, as delay-seconds or an IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`);
  /// `nil` when it is neither.
  public static func retryAfter(_ value: String, now: Date) -> RetryHint? {
    let text = value.trimmingCharacters(in: .whitespaces)
    let utf8 = Array(text.utf8)
    if !utf8.isEmpty, utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) {
      // More digits than a wait of `longest` can have is capped without being converted.
      guard utf8.count <= 9, let seconds = Int(text) else {
        return RetryHint(until: now.addingTimeInterval(longest + 1), now: now)
      }
      return RetryHint(until: now.addingTimeInterval(TimeInterval(seconds)), now: now)
    }
    return httpDate(text).map { RetryHint(until: $0, now: now) }
  }

  /// Bybit's reset stamp: epoch milliseconds on the venue's clock, `offset` ahead of ours.
  public static func resetStamp(_ value: String, offset: ClockOffset, now: Date) -> RetryHint? {
    guard let millis = Int64(value.trimmingCharacters(in: .whitespaces)), millis >= 0 else { return nil }
    let venueDate = Date(timeIntervalSince1970: TimeInterval(millis) / 1000)
    return RetryHint(until: venueDate.addingTimeInterval(-offset.offset.timeInterval), now: now)
  }

  /// An IMF-fixdate (RFC 9110 §5.6.7), the form HTTP/1.1 senders must use; the obsolete RFC 850
  /// and asctime forms give `nil`.
  static func httpDate(_ text: String) -> Date? {
    let parts = text.split(separator: " ", omittingEmptySubsequences: false)
    guard parts.count == 6, parts[0].count == 4, parts[0].hasSuffix(","), parts[5] == "GMT",
      let day = Int(parts[1]), parts[1].count == 2, (1...31).contains(day),
      let month = months.firstIndex(of: String(parts[2])),
      let year = Int(parts[3]), parts[3].count == 4
    else { return nil }
    let clock = parts[4].split(separator: ":", omittingEmptySubsequences: false)
    guard clock.count == 3, clock.allSatisfy({ $0.count == 2 }),
      let hour = Int(clock[0]), let minute = Int(clock[1]), let second = Int(clock[2]),
      (0..<24).contains(hour), (0..<60).contains(minute), (0...60).contains(second)
    else { return nil }
    let days = Timestamp.daysSinceEpoch(year: Int64(year), month: Int64(month + 1), day: Int64(day))
    return Date(timeIntervalSince1970: TimeInterval(days * 86_400 + Int64(hour * 3600 + minute * 60 + second)))
  }

  private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
}
