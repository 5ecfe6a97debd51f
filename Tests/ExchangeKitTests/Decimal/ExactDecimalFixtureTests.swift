import ExchangeKit
import ExchangeModel
import Foundation
import Testing

/// Every number in the test fixtures (venue payloads, configuration files) parses, prints back
/// as the same value, and agrees with Foundation's `Decimal`.
@Suite struct ExactDecimalFixtureTests {
  /// Every string and number of the recorded payloads and every number-like word of the
  /// configuration and theme fixtures, across all test targets' fixture folders.
  static func fixtureTexts() throws -> [String] {
    let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    var texts: [String] = []
    func collect(_ field: RawField) {
      switch field {
      case .string(let s), .number(let s): texts.append(s)
      case .array(let items): items.forEach(collect)
      case .object(let members): members.values.forEach(collect)
      case .bool, .null: break
      }
    }
    let files = FileManager.default.enumerator(atPath: tests.path)?.compactMap { $0 as? String } ?? []
    for path in files.sorted() where path.split(separator: "/").dropLast().contains(where: { $0.hasSuffix("Fixtures") }) {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: tests.appendingPathComponent(path).path, isDirectory: &isDirectory),
        !isDirectory.boolValue
      else { continue }
      let data = try Data(contentsOf: tests.appendingPathComponent(path))
      if path.hasSuffix(".json") {
        collect(try JSONParser.parse(data))
      } else {
        // TOML and the rest: words between separators, such as `85.5` in `danger = 85.5`.
        let separators = Set(" \t\n\r=,[]{}\"'#:".utf8)
        texts += String(decoding: data, as: UTF8.self).utf8.split { separators.contains($0) }.map { String(decoding: $0, as: UTF8.self) }
      }
    }
    return texts
  }

  @Test("every decimal text in the fixtures parses and prints back as the same value")
  func roundTrip() throws {
    var checked = 0
    for text in try Self.fixtureTexts() where ExactDecimal.isLiteral(text) {
      let value = try #require(ExactDecimal(text), "\(text)")
      checked += 1
      // Printed at its own scale and read again: the same value and scale.
      let printed = value.textAtScale
      let again = try #require(ExactDecimal(printed), "\(text)")
      #expect(again == value && again.scale == value.scale, "\(text) → \(printed)")
      #expect(ExactDecimal(value.plainText) == value, "\(text)")
      // A text already written plainly is printed as it was sent.
      if Self.isCanonical(text) { #expect(printed == text, "\(text)") }
      // Foundation's Decimal reads the same number.
      let reference = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))
      #expect(reference?.description == value.plainText, "\(text)")
    }
    #expect(checked > 1_000)
  }

  /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?`: the form `textAtScale` writes.
  private static func isCanonical(_ text: String) -> Bool {
    var body = Substring(text)
    if body.first == "-" { body = body.dropFirst() }
    let parts = body.split(separator: ".", omittingEmptySubsequences: false)
    guard (1...2).contains(parts.count), let integer = parts.first, !integer.isEmpty,
      integer.allSatisfy(\.isASCIIDigit), integer == "0" || integer.first != "0"
    else { return false }
    if parts.count == 2 { return !parts[1].isEmpty && parts[1].allSatisfy(\.isASCIIDigit) }
    return true
  }

  @Test(
    "the parser keeps today's grammar",
    arguments: ["", " 1", "1 ", "1.2.3", "-", ".", "abc", "1,000", "1,5", "0x10", "١٢", "--1", "1-", "NaN", "inf", "1e", "1e+", "e5", "+-1"])
  func rejectsNonNumbers(_ text: String) {
    #expect(ExactDecimal(text) == nil)
    #expect(!ExactDecimal.isLiteral(text))
  }

  @Test(
    "exponents, signs and leading zeros parse to the written scale",
    arguments: [
      ("1e-8", "0.00000001", 8), ("9.01E+07", "90100000", -5), ("+5", "5", 0), ("-000123.4500", "-123.4500", 4),
      (".5", "0.5", 1), ("5.", "5", 0), ("-0", "0", 0), ("0.000000000000000000", "0.000000000000000000", 18),
      ("1e30", "1000000000000000000000000000000", -30), ("1.50e1", "15.0", 1),
    ])
  func parsesToScale(text: String, printed: String, scale: Int) throws {
    let value = try dec(text)
    #expect(value.textAtScale == printed)
    #expect(value.scale == scale)
  }

  @Test("numbers outside the range are literals that do not parse: a decoding problem, not a trap")
  func outsideTheRange() {
    for text in ["1e200", "1e-130", "1" + String(repeating: "2", count: 38), "-9e99999999999999999999"] {
      #expect(ExactDecimal.isLiteral(text))
      #expect(ExactDecimal(text) == nil, "\(text)")
    }
    // Zeros never overflow: any scale means zero.
    #expect(ExactDecimal("0e99999")?.isZero == true)
  }
}

extension Character {
  fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
