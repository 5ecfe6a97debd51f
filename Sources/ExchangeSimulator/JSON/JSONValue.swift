import ExchangeModel

/// A JSON value that keeps the order of object members, so responses read like the venue's own.
enum JSONValue: Sendable {
  case string(String)
  /// A number, written as its literal text.
  case number(String)
  case bool(Bool)
  case array([JSONValue])
  case object([(String, JSONValue)])
  case null

  /// Compact JSON text, the way both venues send it.
  var text: String {
    var out = ""
    out.reserveCapacity(16_384)
    write(into: &out)
    return out
  }

  private func write(into out: inout String) {
    switch self {
    case .string(let s): JSONValue.writeString(s, into: &out)
    case .number(let n): out += n
    case .bool(let b): out += b ? "true" : "false"
    case .null: out += "null"
    case .array(let items):
      out += "["
      for (i, item) in items.enumerated() {
        if i > 0 { out += "," }
        item.write(into: &out)
      }
      out += "]"
    case .object(let members):
      out += "{"
      for (i, (key, value)) in members.enumerated() {
        if i > 0 { out += "," }
        JSONValue.writeString(key, into: &out)
        out += ":"
        value.write(into: &out)
      }
      out += "}"
    }
  }

  /// JSON string escaping is the model's own, so both sides of the wire agree on it.
  private static func writeString(_ s: String, into out: inout String) {
    // Nearly every string (names, amounts, codes) needs no escaping: copy it as it is.
    if !s.utf8.contains(where: { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 < 0x20 }) {
      out += "\""
      out += s
      out += "\""
      return
    }
    out += RawField.string(s).jsonText
  }
}
