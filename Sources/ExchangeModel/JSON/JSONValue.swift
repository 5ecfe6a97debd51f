/// A JSON document with objects in a fixed member order, for output that is an interface: the
/// CLI's JSON and the simulator's responses.
public enum JSONValue: Sendable {
  case string(String)
  /// A number, written as its literal text.
  case number(String)
  case bool(Bool)
  case null
  case array([JSONValue])
  /// Members in the order they are written.
  case object([(String, JSONValue)])
  /// A value computed when the document is written: the simulator writes responses outside its
  /// lock, so a balance's figures are computed there too.
  case deferred(@Sendable () -> JSONValue)
  /// JSON text already written, placed as it is.
  case raw([UInt8])

  /// How members and elements are separated.
  public enum Style: Sendable, Hashable {
    /// `,` and `:` on one line, the way both venues send their responses.
    case compact
    /// `, ` and `: ` on one line: the CLI's one-line output (alerts, banners).
    case spaced
    /// One member or element per line, indented by this many spaces per level, `: ` after names.
    case indented(Int)
  }

  /// A field exactly as the exchange sent it (compact, with its object members sorted by name).
  public static func field(_ field: RawField) -> JSONValue { .raw(Array(field.jsonText.utf8)) }

  /// The amount's text as sent, or `null` when not applicable.
  public static func amount(_ amount: Amount?) -> JSONValue { amount.map { .string($0.text) } ?? .null }

  public static func int(_ value: Int?) -> JSONValue { value.map { .number(String($0)) } ?? .null }

  public static func bool(_ value: Bool?) -> JSONValue { value.map { .bool($0) } ?? .null }

  public static func string(_ value: String?) -> JSONValue { value.map { .string($0) } ?? .null }

  /// The document as text.
  public func text(_ style: Style = .compact) -> String {
    // Written as bytes and decoded once: appending hundreds of small Strings costs more.
    var out: [UInt8] = []
    out.reserveCapacity(16_384)
    write(into: &out, style: style)
    return String(decoding: out, as: UTF8.self)
  }

  /// Appends the document's text to `out`.
  public func write(into out: inout [UInt8], style: Style = .compact) {
    write(into: &out, style: style, level: 0)
  }

  private func write(into out: inout [UInt8], style: Style, level: Int) {
    switch self {
    case .string(let s): JSONValue.writeString(s, into: &out)
    case .number(let n): out.append(contentsOf: n.utf8)
    case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
    case .null: out.append(contentsOf: "null".utf8)
    case .deferred(let make): make().write(into: &out, style: style, level: level)
    case .raw(let bytes): out.append(contentsOf: bytes)
    case .array(let items):
      JSONValue.writeContainer(items.map { (nil, $0) }, open: UInt8(ascii: "["), close: UInt8(ascii: "]"), into: &out, style: style, level: level)
    case .object(let members):
      JSONValue.writeContainer(members.map { ($0.0, $0.1) }, open: UInt8(ascii: "{"), close: UInt8(ascii: "}"), into: &out, style: style, level: level)
    }
  }

  private static func writeContainer(
    _ items: [(String?, JSONValue)], open: UInt8, close: UInt8, into out: inout [UInt8], style: Style, level: Int
  ) {
    out.append(open)
    guard !items.isEmpty else { return out.append(close) }
    for (i, (key, value)) in items.enumerated() {
      switch style {
      case .compact: if i > 0 { out.append(UInt8(ascii: ",")) }
      case .spaced: if i > 0 { out.append(contentsOf: ", ".utf8) }
      case .indented(let indent):
        if i > 0 { out.append(UInt8(ascii: ",")) }
        newline(indent * (level + 1), into: &out)
      }
      if let key {
        writeString(key, into: &out)
        out.append(contentsOf: (style == .compact ? ":" : ": ").utf8)
      }
      value.write(into: &out, style: style, level: level + 1)
    }
    if case .indented(let indent) = style { newline(indent * level, into: &out) }
    out.append(close)
  }

  private static func newline(_ spaces: Int, into out: inout [UInt8]) {
    out.append(UInt8(ascii: "\n"))
    out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: spaces))
  }

  /// `s` as a JSON string, escaped as `RawField` escapes (so both sides of the wire agree, and
  /// terminal controls are escaped too).
  public static func writeString(_ s: String, into out: inout [UInt8]) {
    var s = s
    // Nearly every string (names, amounts, codes) is printable ASCII: copy its bytes as they are.
    let copied = s.withUTF8 { bytes in
      guard bytes.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") })
      else { return false }
      out.append(UInt8(ascii: "\""))
      out.append(contentsOf: bytes)
      out.append(UInt8(ascii: "\""))
      return true
    }
    if !copied { out.append(contentsOf: RawField.string(s).jsonText.utf8) }
  }
}
