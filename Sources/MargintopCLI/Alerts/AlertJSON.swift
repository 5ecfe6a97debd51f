import Alerting
import ExchangeModel
import Foundation

/// The alert as the hook and the alert log receive it: one JSON object on one line, keys in the
/// documented order (docs/alerts.md). A public interface: change it only by adding keys.
enum AlertJSON {
  /// `{"account", "exchange", "subject", "currency", "level", "previous_level", "value",
  /// "threshold", "at", "message"}`; `at` in RFC 3339 UTC with milliseconds.
  static func line(_ alert: Alert) -> String {
    JSONValue.object([
      ("account", .string(alert.account)),
      ("exchange", .string(alert.exchange.rawValue)),
      ("subject", .string(alert.subject.rawValue)),
      ("currency", .string(alert.currency)),
      ("level", .string(alert.level.name)),
      ("previous_level", .string(alert.previousLevel.name)),
      ("value", number(alert.value)),
      ("threshold", number(alert.threshold)),
      ("at", .string(Timestamp.text(alert.at))),
      ("message", .string(alert.message)),
    ]).text(.spaced)
  }

  private static func number(_ value: ExactDecimal?) -> JSONValue {
    value.map { .number($0.plainText) } ?? .null
  }
}
