import ExchangeKit
import ExchangeModel
import Foundation
import Testing

/// The one JSON parser (exchange responses and the simulator's control requests): literals kept
/// exactly, anything JSON does not allow refused.
@Suite struct JSONParserTests {
  private func parse(_ text: String) throws -> RawField {
    try JSONParser.parse(Data(text.utf8))
  }

  @Test func keepsNumberLiteralsAndStringsExactly() throws {
    let value = try parse(#" {"a":-0.10e+3,"b":"0.000000000000000000","c":[true,false,null],"d":{}} "#)
    #expect(
      value
        == .object([
          "a": .number("-0.10e+3"), "b": .string("0.000000000000000000"), "c": .array([.bool(true), .bool(false), .null]),
          "d": .object([:]),
        ]))
  }

  @Test func decodesEscapesAndSurrogatePairs() throws {
    let value = try parse(#"{"k\u00e9y":"a\"b\\c\/d\n\t\u20AC\ud83d\ude00","key":"x","k\u00e9y2":"y"}"#)
    #expect(
      value == .object(["kéy": .string("a\"b\\c/d\n\t€😀"), "key": .string("x"), "kéy2": .string("y")]))
  }

  @Test func repeatedNamesAreReusedCorrectly() throws {
    // Names that collide in the cache by length and first, middle and last byte stay distinct.
    let value = try parse(#"[{"abXcd":1,"aZXcd":2},{"aZXcd":3,"abXcd":4}]"#)
    #expect(
      value == .array([.object(["abXcd": .number("1"), "aZXcd": .number("2")]), .object(["aZXcd": .number("3"), "abXcd": .number("4")])]))
  }

  @Test(arguments: [
    "", "{", #"{"a":1"#, #"{"a":1,}"#, "[1,]", "01x", "-", "1.", "1e", "tru", "nul", #""abc"#, #"{"a" 1}"#,
    #"{"a":1} x"#, "\"\u{01}\"", #""\x""#, #""\u12G4""#, "01", "-01", "00.5", ".5", "1 2", #""\ud83d""#, #""\ud83dx""#,
    #""\ude00""#, #""\ud83d\u0041""#, String(repeating: "[", count: 100) + String(repeating: "]", count: 100),
  ])
  func rejectsMalformedAndTruncatedInput(_ text: String) {
    #expect(throws: JSONParser.Failure.self) { try parse(text) }
  }
}
