import Foundation

/// `--since`: a duration back from now (`90s`, `30m`, `48h`, `7d`, `2w`) or a UTC time
/// (`2026-12-01`, `2026-12-01T08:00:00Z`, with or without milliseconds).
enum HistorySince {
  /// The instant `text` names, counted back from `now` for a duration; `nil` when it is neither.
  static func parse(_ text: String, now: Date) -> Date? {
    if let unit = text.last, let seconds = ["s": 1.0, "m": 60, "h": 3600, "d": 86_400, "w": 604_800][String(unit)],
      let count = Double(text.dropLast()), count >= 0, count.isFinite, !text.dropLast().contains(where: { !$0.isNumber && $0 != "." })
    {
      return now.addingTimeInterval(-count * seconds)
    }
    let formatter = ISO8601DateFormatter()
    for options: ISO8601DateFormatter.Options in [
      [.withInternetDateTime, .withFractionalSeconds], [.withInternetDateTime], [.withFullDate],
    ] {
      formatter.formatOptions = options
      if let date = formatter.date(from: text) { return date }
    }
    return nil
  }
}
