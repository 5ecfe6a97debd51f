import ExchangeModel
import Foundation

/// The one timestamp format margintop writes: ISO 8601 in UTC with milliseconds.
enum Timestamp {
  /// `2026-11-21T12:00:00.123Z`.
  static func text(_ date: Date) -> String {
    date.utcMillisecondTimestamp
  }
}
