import Foundation

/// One field exactly as the exchange sent it, kept for the detail view and the JSON snapshot.
public enum RawField: Sendable, Hashable {
  /// A JSON string, including `""`.
  case string(String)
  /// A JSON number, as its literal text.
  case number(String)
  case bool(Bool)
  case null
  case array([RawField])
  case object(RawFields)

  /// The field as display text: strings unquoted, `""` as empty, nested values as compact JSON.
  public var displayText: String {
    switch self {
    case .string(let s): return s
    case .number(let n): return n
    case .bool(let b): return b ? "true" : "false"
    case .null: return "null"
    case .array(let items): return "[" + items.map(\.jsonText).joined(separator: ",") + "]"
    case .object(let members):
      return "{"
        + members.sorted { $0.key < $1.key }
        .map { "\"\(RawField.escape($0.key))\":\($0.value.jsonText)" }
        .joined(separator: ",") + "}"
    }
  }

  /// The field as compact JSON text.
  public var jsonText: String {
    switch self {
    case .string(let s): return "\"" + RawField.escape(s) + "\""
    default: return displayText
    }
  }

  private static func escape(_ s: String) -> String {
    var out = ""
    for scalar in s.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        // JSON requires escaping only below U+0020; DEL, C1 controls and bidi overrides are
        // escaped too, so the JSON shown in a terminal cannot drive it.
        if TerminalText.isControl(scalar) {
          out += String(format: "\\u%04x", scalar.value)
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out
  }
}
