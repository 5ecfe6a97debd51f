import ExchangeModel

/// A JSON document with objects in a fixed key order, for output that is a public interface.
enum JSONValue: Sendable {
  case string(String)
  case number(String)
  case bool(Bool)
  case null
  case array([JSONValue])
  /// Members in the order they are written.
  case object([(String, JSONValue)])
  /// A field exactly as the exchange sent it.
  case raw(RawField)

  /// The amount's text as sent, or `null` when not applicable.
  static func amount(_ amount: Amount?) -> JSONValue { amount.map { .string($0.text) } ?? .null }

  static func int(_ value: Int?) -> JSONValue { value.map { .number(String($0)) } ?? .null }

  static func bool(_ value: Bool?) -> JSONValue { value.map { .bool($0) } ?? .null }

  static func string(_ value: String?) -> JSONValue { value.map { .string($0) } ?? .null }

  /// The document as text; `indent` spaces per level, or compact on one line when `nil`.
  func text(indent: Int? = 2) -> String {
    var out = ""
    write(to: &out, indent: indent, level: 0)
    return out
  }

  private func write(to out: inout String, indent: Int?, level: Int) {
    switch self {
    case .string(let s): out += RawField.string(s).jsonText
    case .number(let n): out += n
    case .bool(let b): out += b ? "true" : "false"
    case .null: out += "null"
    case .raw(let field): out += field.jsonText
    case .array(let items):
      writeContainer(items.map { (nil, $0) }, open: "[", close: "]", to: &out, indent: indent, level: level)
    case .object(let members):
      writeContainer(members.map { ($0.0, $0.1) }, open: "{", close: "}", to: &out, indent: indent, level: level)
    }
  }

  private func writeContainer(
    _ items: [(String?, JSONValue)], open: String, close: String, to out: inout String, indent: Int?, level: Int
  ) {
    out += open
    guard !items.isEmpty else { return out += close }
    for (i, (key, value)) in items.enumerated() {
      if i > 0 { out += indent == nil ? ", " : "," }
      if let indent { out += "\n" + String(repeating: " ", count: indent * (level + 1)) }
      if let key { out += RawField.string(key).jsonText + ": " }
      value.write(to: &out, indent: indent, level: level + 1)
    }
    if let indent { out += "\n" + String(repeating: " ", count: indent * level) }
    out += close
  }
}
