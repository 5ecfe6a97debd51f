import Foundation

/// A small strict JSON parser that keeps number literals exactly as sent.
///
/// Foundation's parsers turn numbers into `Double`/`NSNumber` and lose the literal
/// (`"retCode": 0` vs `"0"`, `1e-7`), and the model keeps every field as sent, so the
/// exchange documents (and the simulator's control requests) are parsed straight into
/// `RawField`. Strict: truncated or malformed input, numbers with leading zeros, lone surrogates,
/// and strings or member names that are not valid UTF-8, throw `JSONParser.Failure`.
public struct JSONParser {
  /// Why a document could not be parsed; `offset` is the byte position.
  public struct Failure: Error, Sendable, Hashable {
    /// Byte offset where parsing stopped.
    public var offset: Int
    /// What was expected there.
    public var reason: String
  }

  /// Parses `data` as one JSON value followed only by whitespace.
  public static func parse(_ data: Data) throws(Failure) -> RawField {
    let result: Result<RawField, Failure> = data.withUnsafeBytes { raw in
      var parser = JSONParser(bytes: raw.bindMemory(to: UInt8.self))
      do throws(Failure) {
        parser.skipWhitespace()
        let value = try parser.parseValue(depth: 0)
        parser.skipWhitespace()
        guard parser.index == parser.bytes.count else { throw parser.failure("end of document") }
        return .success(value)
      } catch {
        return .failure(error)
      }
    }
    return try result.get()
  }

  /// Valid only inside `parse`'s `withUnsafeBytes`.
  private let bytes: UnsafeBufferPointer<UInt8>
  private var index = 0
  private static let maximumDepth = 64
  /// Member names seen so far, by a cheap hash of their bytes, with where in the document they
  /// were first seen: a balance repeats the same few dozen names hundreds of times, and reusing
  /// the string skips validating and allocating it.
  private var names = [(start: Int, length: Int, name: String)](repeating: (0, -1, ""), count: nameSlots)
  private static let nameSlots = 512
  /// Fields in the last object parsed.
  private var objectSizeHint = 8

  private init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

  private func failure(_ reason: String) -> Failure { Failure(offset: index, reason: reason) }

  private mutating func skipWhitespace() {
    while index < bytes.count {
      switch bytes[index] {
      case 0x20, 0x09, 0x0A, 0x0D: index += 1
      default: return
      }
    }
  }

  private mutating func parseValue(depth: Int) throws(Failure) -> RawField {
    guard depth < JSONParser.maximumDepth else { throw failure("shallower nesting") }
    guard index < bytes.count else { throw failure("a value") }
    switch bytes[index] {
    case UInt8(ascii: "{"): return try parseObject(depth: depth)
    case UInt8(ascii: "["): return try parseArray(depth: depth)
    case UInt8(ascii: "\""): return .string(try parseString())
    case UInt8(ascii: "t"): try expectLiteral("true"); return .bool(true)
    case UInt8(ascii: "f"): try expectLiteral("false"); return .bool(false)
    case UInt8(ascii: "n"): try expectLiteral("null"); return .null
    default: return .number(try parseNumber())
    }
  }

  private mutating func expectLiteral(_ literal: String) throws(Failure) {
    let expected = literal.utf8
    guard index + expected.count <= bytes.count, UnsafeBufferPointer(rebasing: bytes[index..<index + expected.count]).elementsEqual(expected) else {
      throw failure(literal)
    }
    index += expected.count
  }

  private mutating func parseObject(depth: Int) throws(Failure) -> RawField {
    index += 1
    skipWhitespace()
    if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
      index += 1
      return .object(RawFields())
    }
    // Sized like the previous object: a balance is hundreds of objects with the same fields.
    var object = RawFields(minimumCapacity: objectSizeHint)
    // The name hashes seen in this object, as a 256-bit filter: only a name whose bit is already
    // set can be a repeat, and only then is it looked up.
    var seen: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    while true {
      skipWhitespace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw failure("a member name") }
      let (key, hash) = try parseName()
      skipWhitespace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw failure("':'") }
      index += 1
      skipWhitespace()
      let value = try parseValue(depth: depth + 1)
      let bit = UInt64(1) << (hash & 63)
      let mayRepeat: Bool
      switch (hash >> 6) & 3 {
      case 0: mayRepeat = seen.0 & bit != 0; seen.0 |= bit
      case 1: mayRepeat = seen.1 & bit != 0; seen.1 |= bit
      case 2: mayRepeat = seen.2 & bit != 0; seen.2 |= bit
      default: mayRepeat = seen.3 & bit != 0; seen.3 |= bit
      }
      object.appendParsed(key, hash: hash, value: value, mayRepeat: mayRepeat)
      skipWhitespace()
      guard index < bytes.count else { throw failure("',' or '}'") }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
        continue
      }
      guard bytes[index] == UInt8(ascii: "}") else { throw failure("',' or '}'") }
      index += 1
      objectSizeHint = object.count
      return .object(object)
    }
  }

  private mutating func parseArray(depth: Int) throws(Failure) -> RawField {
    index += 1
    var items: [RawField] = []
    skipWhitespace()
    if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
      index += 1
      return .array(items)
    }
    while true {
      skipWhitespace()
      items.append(try parseValue(depth: depth + 1))
      skipWhitespace()
      guard index < bytes.count else { throw failure("',' or ']'") }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
        continue
      }
      guard bytes[index] == UInt8(ascii: "]") else { throw failure("',' or ']'") }
      index += 1
      return .array(items)
    }
  }

  /// A member name and its `RawFields.nameHash`: a string, taken from `names` when the same
  /// bytes were seen before.
  private mutating func parseName() throws(Failure) -> (String, UInt32) {
    let start = index + 1
    var end = start
    var hash: UInt32 = 2_166_136_261
    while end < bytes.count {
      let byte = bytes[end]
      if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 { break }
      hash = (hash ^ UInt32(byte)) &* 16_777_619
      end += 1
    }
    guard end < bytes.count, bytes[end] == UInt8(ascii: "\""), end > start else {
      let name = try parseString()
      return (name, RawFields.nameHash(name))
    }
    let length = end - start
    let slot = Int(truncatingIfNeeded: hash ^ (hash >> 16)) & (JSONParser.nameSlots - 1)
    index = end + 1
    // The name is compared with the bytes of its first occurrence: no String is touched.
    let known = names[slot]
    if known.length == length, let base = bytes.baseAddress, memcmp(base + known.start, base + start, length) == 0 {
      return (known.name, hash)
    }
    // Repairing invalid UTF-8 (as `String(decoding:)` does) would give a name whose bytes, and so
    // hash, differ from the ones scanned: the document is refused instead.
    guard let name = String(validating: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self) else {
      index = start
      throw failure("valid UTF-8 in a member name")
    }
    names[slot] = (start, length, name)
    return (name, hash)
  }

  private mutating func parseString() throws(Failure) -> String {
    index += 1
    let start = index
    // Fast path: no escapes, so the bytes are the string.
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") {
        guard let text = String(validating: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self) else {
          index = start
          throw failure("valid UTF-8 in a string")
        }
        index += 1
        return text
      }
      if byte == UInt8(ascii: "\\") { break }
      guard byte >= 0x20 else { throw failure("no control character in a string") }
      index += 1
    }
    var scratch = Array(bytes[start..<index])
    while index < bytes.count {
      let byte = bytes[index]
      switch byte {
      case UInt8(ascii: "\""):
        guard let text = String(validating: scratch, as: UTF8.self) else {
          index = start
          throw failure("valid UTF-8 in a string")
        }
        index += 1
        return text
      case UInt8(ascii: "\\"):
        index += 1
        guard index < bytes.count else { throw failure("an escape") }
        let escape = bytes[index]
        index += 1
        switch escape {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scratch.append(escape)
        case UInt8(ascii: "b"): scratch.append(0x08)
        case UInt8(ascii: "f"): scratch.append(0x0C)
        case UInt8(ascii: "n"): scratch.append(0x0A)
        case UInt8(ascii: "r"): scratch.append(0x0D)
        case UInt8(ascii: "t"): scratch.append(0x09)
        case UInt8(ascii: "u"): scratch.append(contentsOf: try parseUnicodeEscape())
        default: throw failure("a valid escape")
        }
      default:
        guard byte >= 0x20 else { throw failure("no control character in a string") }
        scratch.append(byte)
        index += 1
      }
    }
    throw failure("the end of the string")
  }

  private mutating func parseHex4() throws(Failure) -> UInt32 {
    guard index + 4 <= bytes.count else { throw failure("four hex digits") }
    var value: UInt32 = 0
    for _ in 0..<4 {
      let byte = bytes[index]
      let digit: UInt32
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
      default: throw failure("a hex digit")
      }
      value = value << 4 | digit
      index += 1
    }
    return value
  }

  private mutating func parseUnicodeEscape() throws(Failure) -> [UInt8] {
    var scalarValue = try parseHex4()
    if (0xD800...0xDBFF).contains(scalarValue) {
      guard index + 6 <= bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
        throw failure("a low surrogate")
      }
      index += 2
      let low = try parseHex4()
      guard (0xDC00...0xDFFF).contains(low) else { throw failure("a low surrogate") }
      scalarValue = 0x10000 + ((scalarValue - 0xD800) << 10) + (low - 0xDC00)
    }
    // A lone low surrogate is not a scalar, and no string can hold it.
    guard let scalar = Unicode.Scalar(scalarValue) else { throw failure("a Unicode scalar") }
    return Array(String(Character(scalar)).utf8)
  }

  private mutating func parseNumber() throws(Failure) -> String {
    let start = index
    if index < bytes.count, bytes[index] == UInt8(ascii: "-") { index += 1 }
    let integerStart = index
    let integerDigits = skipDigits()
    guard integerDigits > 0 else { throw failure("a value") }
    guard integerDigits == 1 || bytes[integerStart] != UInt8(ascii: "0") else {
      index = integerStart + 1
      throw failure("no leading zero")
    }
    if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
      index += 1
      guard skipDigits() > 0 else { throw failure("a fraction digit") }
    }
    if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
      index += 1
      if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
      guard skipDigits() > 0 else { throw failure("an exponent digit") }
    }
    return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
  }

  private mutating func skipDigits() -> Int {
    let start = index
    while index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") { index += 1 }
    return index - start
  }
}
