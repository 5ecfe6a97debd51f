import ExchangeKit
import ExchangeModel
import Foundation
import Testing

@Suite("RawFields: a dictionary of fields in the order sent")
struct RawFieldsTests {
  @Test("keeps the document's order and finds every field by name")
  func orderAndLookup() throws {
    let parsed = try JSONParser.parse(Data(#"{"zeta":"1","alpha":"","ccy":"BTC","n":2,"x\u0041":true}"#.utf8))
    guard case .object(let fields) = parsed else {
      Issue.record("not an object")
      return
    }
    #expect(fields.keys == ["zeta", "alpha", "ccy", "n", "xA"])
    #expect(fields["alpha"] == .string(""))
    #expect(fields["n"] == .number("2"))
    #expect(fields["xA"] == .bool(true))
    #expect(fields["missing"] == nil)
  }

  @Test("a repeated name keeps its first place and its last value, as a dictionary would")
  func repeatedNames() throws {
    let parsed = try JSONParser.parse(Data(#"{"a":"1","b":"2","a":"3"}"#.utf8))
    guard case .object(let fields) = parsed else {
      Issue.record("not an object")
      return
    }
    #expect(fields.count == 2)
    #expect(fields.keys == ["a", "b"])
    #expect(fields["a"] == .string("3"))
  }

  @Test("setting replaces, appends or removes")
  func mutation() {
    var fields: RawFields = ["a": .string("1"), "b": .string("2")]
    fields["a"] = .string("9")
    fields["c"] = .null
    fields["b"] = nil
    fields["nothing"] = nil
    #expect(fields.keys == ["a", "c"])
    #expect(fields["a"] == .string("9"))
    #expect(fields["c"] == .null)
  }

  @Test("equality and hashing ignore order")
  func equalityIgnoresOrder() {
    let one: RawFields = ["a": .string("1"), "b": .number("2")]
    let other: RawFields = ["b": .number("2"), "a": .string("1")]
    #expect(one == other)
    #expect(one.hashValue == other.hashValue)
    #expect(one != ["a": .string("1"), "b": .number("3")])
    #expect(one != ["a": .string("1")])
    #expect(Set([RawField.object(one), .object(other)]).count == 1)
  }

  @Test("names with the same hash stay apart")
  func collidingHashes() throws {
    // "k32728" and "k261234" have the same FNV-1a hash (0x92c402be).
    #expect(RawFields.nameHash("k32728") == RawFields.nameHash("k261234"))
    var fields: RawFields = ["k32728": .string("first")]
    #expect(fields["k261234"] == nil)
    fields["k261234"] = .string("second")
    #expect(fields.count == 2)
    #expect(fields["k32728"] == .string("first"))
    #expect(fields["k261234"] == .string("second"))
    let parsed = try JSONParser.parse(Data(#"{"k32728":"a","k261234":"b","k32728":"c"}"#.utf8))
    #expect(parsed == .object(["k32728": .string("c"), "k261234": .string("b")]))
  }
}
