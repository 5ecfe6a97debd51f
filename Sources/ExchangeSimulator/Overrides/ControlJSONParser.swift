/// Reads the JSON body of a control request, keeping every number literal exactly as written.
///
/// Foundation's `JSONSerialization` turns `4.0` and `1e200` into doubles, and an override must
/// send a test's literal unchanged; the simulator may not import ExchangeKit's parser (layering),
/// so it has this small one of its own.
struct ControlJSONParser {
  /// Why the body is not JSON.
  struct Failure: Error, Sendable {
    var offset: Int
    var expected: String
  }

  private let bytes: [UInt8]
  private var index = 0

  private init(_ text: String) { bytes = Array(text.utf8) }

  /// The one value of `text`, which may be surrounded by whitespace only.
  static func parse(_ text: String) throws(Failure) -> JSONValue {
    var parser = ControlJSONParser(text)
    parser.skipWhitespace()
    let value = try parser.value(depth: 0)
    parser.skipWhitespace()
    guard parser.index == parser.bytes.count else { throw parser.failure("end of document") }
    return value
  }

  private func failure(_ expected: String) -> Failure { Failure(offset: index, expected: expected) }

  private var current: UInt8? { index < bytes.count ? bytes[index] : nil }

  private mutating func skipWhitespace() {
    while let byte = current, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { index += 1 }
  }

  private mutating func value(depth: Int) throws(Failure) -> JSONValue {
    guard depth < 32 else { throw failure("shallower nesting") }
    switch current {
    case UInt8(ascii: "{"): return try object(depth: depth)
    case UInt8(ascii: "["): return try array(depth: depth)
    case UInt8(ascii: "\""): return .string(try string())
    case UInt8(ascii: "t"): try literal("true"); return .bool(true)
    case UInt8(ascii: "f"): try literal("false"); return .bool(false)
    case UInt8(ascii: "n"): try literal("null"); return .null
    case .some: return .number(try number())
    case nil: throw failure("a value")
    }
  }

  private mutating func literal(_ word: String) throws(Failure) {
    let expected = Array(word.utf8)
    guard index + expected.count <= bytes.count, Array(bytes[index..<index + expected.count]) == expected else {
      throw failure(word)
    }
    index += expected.count
  }

  private mutating func object(depth: Int) throws(Failure) -> JSONValue {
    index += 1
    var members: [(String, JSONValue)] = []
    skipWhitespace()
    if current == UInt8(ascii: "}") {
      index += 1
      return .object(members)
    }
    while true {
      skipWhitespace()
      guard current == UInt8(ascii: "\"") else { throw failure("a member name") }
      let name = try string()
      skipWhitespace()
      guard current == UInt8(ascii: ":") else { throw failure("':'") }
      index += 1
      skipWhitespace()
      members.append((name, try value(depth: depth + 1)))
      skipWhitespace()
      switch current {
      case UInt8(ascii: ","): index += 1
      case UInt8(ascii: "}"):
        index += 1
        return .object(members)
      default: throw failure("',' or '}'")
      }
    }
  }

  private mutating func array(depth: Int) throws(Failure) -> JSONValue {
    index += 1
    var items: [JSONValue] = []
    skipWhitespace()
    if current == UInt8(ascii: "]") {
      index += 1
      return .array(items)
    }
    while true {
      skipWhitespace()
      items.append(try value(depth: depth + 1))
      skipWhitespace()
      switch current {
      case UInt8(ascii: ","): index += 1
      case UInt8(ascii: "]"):
        index += 1
        return .array(items)
      default: throw failure("',' or ']'")
      }
    }
  }

  /// A string literal, escapes decoded.
  private mutating func string() throws(Failure) -> String {
    index += 1
    var out: [UInt8] = []
    while let byte = current {
      index += 1
      switch byte {
      case UInt8(ascii: "\""): return String(decoding: out, as: UTF8.self)
      case UInt8(ascii: "\\"):
        guard let escaped = current else { throw failure("an escape") }
        index += 1
        switch escaped {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(escaped)
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "f"): out.append(0x0C)
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "u"): out.append(contentsOf: try unicodeEscape())
        default: throw failure("a valid escape")
        }
      case 0..<0x20: throw failure("no control character in a string")
      default: out.append(byte)
      }
    }
    throw failure("'\"'")
  }

  /// The UTF-8 bytes of a `\uXXXX` escape (and of its low surrogate, for a pair).
  private mutating func unicodeEscape() throws(Failure) -> [UInt8] {
    var scalar = try hex4()
    if (0xD800..<0xDC00).contains(scalar) {
      guard current == UInt8(ascii: "\\"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "u") else {
        throw failure("a low surrogate")
      }
      index += 2
      let low = try hex4()
      guard (0xDC00..<0xE000).contains(low) else { throw failure("a low surrogate") }
      scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
    }
    guard let unicode = Unicode.Scalar(scalar) else { throw failure("a Unicode scalar") }
    return Array(String(Character(unicode)).utf8)
  }

  private mutating func hex4() throws(Failure) -> UInt32 {
    var result: UInt32 = 0
    for _ in 0..<4 {
      guard let byte = current else { throw failure("four hex digits") }
      let digit: UInt32
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
      default: throw failure("four hex digits")
      }
      result = result << 4 | digit
      index += 1
    }
    return result
  }

  /// A number literal as written, checked against JSON's grammar.
  private mutating func number() throws(Failure) -> String {
    let start = index
    func digits() -> Int {
      let from = index
      while let byte = current, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) { index += 1 }
      return index - from
    }
    if current == UInt8(ascii: "-") { index += 1 }
    if current == UInt8(ascii: "0") {
      index += 1
    } else {
      guard digits() > 0 else { throw failure("a value") }
    }
    if current == UInt8(ascii: ".") {
      index += 1
      guard digits() > 0 else { throw failure("a digit after '.'") }
    }
    if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
      index += 1
      if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { index += 1 }
      guard digits() > 0 else { throw failure("an exponent") }
    }
    return String(decoding: bytes[start..<index], as: UTF8.self)
  }
}
