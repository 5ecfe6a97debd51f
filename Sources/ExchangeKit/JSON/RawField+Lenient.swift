import ExchangeModel
import Foundation

/// Lenient readers over parsed exchange JSON: numbers may come as strings and strings as numbers.
extension RawField {
  /// The members when this is an object.
  var members: RawFields? {
    if case .object(let members) = self { return members }
    return nil
  }

  /// The items when this is an array.
  var items: [RawField]? {
    if case .array(let items) = self { return items }
    return nil
  }

  /// The scalar as text: a string as sent, a number as its literal, a boolean as `true`/`false`.
  /// `""` and `null` are "not applicable" and give `nil`.
  var scalarText: String? {
    switch self {
    case .string(let s): return s.isEmpty ? nil : s
    case .number(let n): return n
    case .bool(let b): return b ? "true" : "false"
    case .null, .array, .object: return nil
    }
  }

  /// The exact amount for a string or number; `nil` for `""`, absent or non-numeric values.
  var amount: Amount? {
    switch self {
    case .string(let s): return Amount(s)
    case .number(let n): return Amount(n)
    default: return nil
    }
  }

  /// An integer code or level sent as a string or a number (`"3"`, `3`).
  var integer: Int? {
    guard let text = scalarText else { return nil }
    return Int(text)
  }

  /// A boolean sent as a JSON boolean, a string (`"true"`) or a number (`1`).
  var boolean: Bool? {
    switch self {
    case .bool(let b): return b
    case .string(let s), .number(let s):
      switch s.lowercased() {
      case "true", "1": return true
      case "false", "0": return false
      default: return nil
      }
    default: return nil
    }
  }

  /// Epoch milliseconds (string or number) as a date; `nil` when negative, not a number or past
  /// `PlausibleTime.latest` (a larger count traps when converted back to milliseconds).
  var epochMilliseconds: Date? {
    // The usual case, a whole number of milliseconds, without a decimal division.
    if let text = scalarText, let milliseconds = Int64(text) {
      guard milliseconds >= 0, milliseconds <= PlausibleTime.latestMilliseconds else { return nil }
      return Date(timeIntervalSince1970: TimeInterval(milliseconds) / 1000)
    }
    guard let amount else { return nil }
    return PlausibleTime.date(amount, unitsPerSecond: 1000)
  }
}
