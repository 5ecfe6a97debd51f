import Foundation

extension Date {
  /// UTC ISO-8601 with milliseconds and `Z` (`2020-12-08T09:08:57.715Z`): OKX's request
  /// timestamp, and the one format margintop writes times in. Sub-millisecond parts are cut,
  /// as ISO-8601 formatters do.
  ///
  /// Computed from the epoch milliseconds rather than with `ISO8601FormatStyle`, which looks up
  /// the time zone through ICU and so maps about 5 MB of ICU data into a process that otherwise
  /// never needs it.
  public var utcMillisecondTimestamp: String {
    Date.utcMillisecondTimestamp(epochMilliseconds: Int64((timeIntervalSince1970 * 1000).rounded(.down)))
  }

  /// `utcMillisecondTimestamp` of an instant given in epoch milliseconds (exact: no conversion
  /// through seconds as a `Double`).
  public static func utcMillisecondTimestamp(epochMilliseconds milliseconds: Int64) -> String {
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
