import Foundation

/// The one timestamp format margintop writes and the simulator checks: UTC ISO-8601 with
/// milliseconds and `Z` (`2020-12-08T09:08:57.715Z`), OKX's request timestamp.
///
/// Computed from epoch milliseconds rather than with `ISO8601FormatStyle`, which looks up the time
/// zone through ICU and so maps about 5 MB of ICU data into a process that otherwise never needs it.
public enum Timestamp {
  /// `date` in the format; sub-millisecond parts are cut, as ISO-8601 formatters do.
  public static func text(_ date: Date) -> String {
    text(epochMilliseconds: Int64((date.timeIntervalSince1970 * 1000).rounded(.down)))
  }

  /// An instant given in epoch milliseconds (exact: no conversion through seconds as a `Double`).
  public static func text(epochMilliseconds milliseconds: Int64) -> String {
    let (days, millisecondOfDay) = milliseconds.quotientAndRemainder(dividingBy: 86_400_000)
    let (year, month, day) = civilDate(daysSinceEpoch: millisecondOfDay < 0 ? days - 1 : days)
    let ms = millisecondOfDay < 0 ? millisecondOfDay + 86_400_000 : millisecondOfDay
    func pad(_ value: Int64, _ width: Int) -> String {
      let digits = String(value)
      return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
    return pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2) + "T" + pad(ms / 3_600_000, 2) + ":"
      + pad(ms / 60_000 % 60, 2) + ":" + pad(ms / 1000 % 60, 2) + "." + pad(ms % 1000, 3) + "Z"
  }

  /// Epoch milliseconds of `text`, or `nil` unless it is exactly `YYYY-MM-DDTHH:MM:SS.sssZ`.
  ///
  /// Strict on purpose: OKX rejects anything else with 50112, so the simulator does too. It is
  /// computed the other way round from `text` (days from a civil date, not a civil date from
  /// days), so a round trip checks both.
  public static func epochMilliseconds(_ text: String) -> Int64? {
    let b = Array(text.utf8)
    guard b.count == 24, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"), b[10] == UInt8(ascii: "T"),
      b[13] == UInt8(ascii: ":"), b[16] == UInt8(ascii: ":"), b[19] == UInt8(ascii: "."), b[23] == UInt8(ascii: "Z")
    else { return nil }
    func number(_ range: Range<Int>) -> Int64? {
      var value: Int64 = 0
      for i in range {
        guard b[i] >= UInt8(ascii: "0"), b[i] <= UInt8(ascii: "9") else { return nil }
        value = value * 10 + Int64(b[i] - UInt8(ascii: "0"))
      }
      return value
    }
    guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
      let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19),
      let millis = number(20..<23), (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60,
      second < 61
    else { return nil }
    let days = daysSinceEpoch(year: year, month: month, day: day)
    return ((days * 24 + hour) * 60 + minute) * 60_000 + second * 1000 + millis
  }

  /// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's `days_from_civil`); callers
  /// pass years of four digits, so nothing here can overflow.
  public static func daysSinceEpoch(year: Int64, month: Int64, day: Int64) -> Int64 {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  /// Proleptic Gregorian date of a day count since 1970-01-01 (H. Hinnant's `civil_from_days`).
  private static func civilDate(daysSinceEpoch: Int64) -> (Int64, Int64, Int64) {
    let z = daysSinceEpoch + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let mp = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }
}
