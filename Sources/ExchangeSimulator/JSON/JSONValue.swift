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
  /// A value computed when the document is written: the simulator writes responses outside its
  /// lock, so a balance's figures are computed there too.
  case deferred(@Sendable () -> JSONValue)
  /// JSON text already written (by a `JSONWriter`).
  case raw([UInt8])

  /// Compact JSON text, the way both venues send it.
  var text: String {
    // Written as bytes and decoded once: appending hundreds of small Strings costs more.
    var out: [UInt8] = []
    out.reserveCapacity(16_384)
    write(into: &out)
    return String(decoding: out, as: UTF8.self)
  }

  func write(into out: inout [UInt8]) {
    switch self {
    case .string(let s): JSONValue.writeString(s, into: &out)
    case .number(let n): out.append(contentsOf: n.utf8)
    case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
    case .null: out.append(contentsOf: "null".utf8)
    case .deferred(let make): make().write(into: &out)
    case .raw(let bytes): out.append(contentsOf: bytes)
    case .array(let items):
      out.append(UInt8(ascii: "["))
      for index in items.indices {
        if index > 0 { out.append(UInt8(ascii: ",")) }
        items[index].write(into: &out)
      }
      out.append(UInt8(ascii: "]"))
    case .object(let members):
      out.append(UInt8(ascii: "{"))
      for index in members.indices {
        if index > 0 { out.append(UInt8(ascii: ",")) }
        JSONValue.writeString(members[index].0, into: &out)
        out.append(UInt8(ascii: ":"))
        members[index].1.write(into: &out)
      }
      out.append(UInt8(ascii: "}"))
    }
  }

  /// JSON string escaping is the model's own, so both sides of the wire agree on it.
  static func writeString(_ s: String, into out: inout [UInt8]) {
    var s = s
    // Nearly every string (names, amounts, codes) needs no escaping: copy its bytes as they are.
    let copied = s.withUTF8 { bytes in
      guard !bytes.contains(where: { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 < 0x20 }) else { return false }
      out.append(UInt8(ascii: "\""))
      out.append(contentsOf: bytes)
      out.append(UInt8(ascii: "\""))
      return true
    }
    if !copied { out.append(contentsOf: RawField.string(s).jsonText.utf8) }
  }
}
