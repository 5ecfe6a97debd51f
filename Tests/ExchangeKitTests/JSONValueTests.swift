import ExchangeModel
import Testing

/// The one JSON writer keeps member order and writes each of its styles byte for byte.
@Suite struct JSONValueTests {
  private let value = JSONValue.object([
    ("b", .string("x\"y\n\u{202E}é")), ("a", .number("0")), ("c", .array([.bool(true), .null])), ("d", .object([])),
    ("e", .field(.object(["z": .number("1"), "y": .string("2")]))),
  ])

  @Test func compactIsHowTheVenuesSendIt() {
    #expect(value.text() == #"{"b":"x\"y\n\u202eé","a":0,"c":[true,null],"d":{},"e":{"y":"2","z":1}}"#)
  }

  @Test func spacedIsTheCLIsOneLineForm() {
    #expect(value.text(.spaced) == #"{"b": "x\"y\n\u202eé", "a": 0, "c": [true, null], "d": {}, "e": {"y":"2","z":1}}"#)
  }

  @Test func indentedPutsEachMemberOnItsOwnLine() {
    let expected = """
      {
        "b": "x\\"y\\n\\u202eé",
        "a": 0,
        "c": [
          true,
          null
        ],
        "d": {},
        "e": {"y":"2","z":1}
      }
      """
    #expect(value.text(.indented(2)) == expected)
  }
}
