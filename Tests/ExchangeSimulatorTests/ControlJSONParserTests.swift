import Testing

@testable import ExchangeSimulator

/// The control routes' JSON reader keeps number literals as written and refuses what JSON does not allow.
@Suite struct ControlJSONParserTests {
  @Test func numbersKeepTheirLiteralAndStringsTheirText() throws {
    let value = try ControlJSONParser.parse(#" {"a": 4.0, "b": -1E+200, "c": "x\u00e9\ud83d\ude00\n", "d": [true, null, 0]} "#)
    #expect(value.text == #"{"a":4.0,"b":-1E+200,"c":"xé😀\n","d":[true,null,0]}"#)
  }

  @Test(arguments: ["01", "1.", ".5", "-", "1e", "[1,]", #"{"a":1,}"#, #"{"a" 1}"#, #""\x""#, "tru", "1 2", #""\ud83d""#, ""])
  func invalidJSONIsRefused(text: String) {
    #expect(throws: ControlJSONParser.Failure.self) { try ControlJSONParser.parse(text) }
  }
}
