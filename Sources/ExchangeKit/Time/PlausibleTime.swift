import ExchangeModel
import Foundation

/// The range of instants margintop accepts from a venue, checked before a number from the
/// network becomes a `Date` or a clock offset. Pure.
///
/// A server time of `1e30` or `99999999999999999999` is not a clock offset to sign with: it is a
/// broken reply, and converting it to milliseconds as an `Int64` traps.
public enum PlausibleTime {
  /// 2015-01-01T00:00:00Z: before either venue's v5 API existed.
  public static let earliest = Date(timeIntervalSince1970: 1_420_070_400)
  /// 2100-01-01T00:00:00Z.
  public static let latest = Date(timeIntervalSince1970: 4_102_444_800)
  /// `latest` in epoch milliseconds.
  static let latestMilliseconds: Int64 = 4_102_444_800_000

  /// The instant `count` units of `unitsPerSecond` after the epoch (1000 for milliseconds,
  /// 1_000_000_000 for nanoseconds), or `nil` when it is not a number, before the epoch or after
  /// `latest`. The lower bound is the epoch, not `earliest`: an account's "updated" time is shown
  /// as sent; only a server time used for signing must pass `checked`.
  public static func date(_ count: Amount, unitsPerSecond: ExactDecimal) -> Date? {
    guard !count.isNegative else { return nil }
    // Nanoseconds are the finest unit a venue sends; a count too large for 38 digits there is
    // far past `latest` anyway.
    guard let exact = count.value.divided(by: unitsPerSecond, scale: 9) else { return nil }
    let seconds = exact.doubleValue
    guard seconds.isFinite, seconds >= 0, seconds <= latest.timeIntervalSince1970 else { return nil }
    return Date(timeIntervalSince1970: seconds)
  }

  /// `date` when it lies within `earliest...latest`.
  public static func checked(_ date: Date) -> Date? {
    date >= earliest && date <= latest ? date : nil
  }
}
