import ExchangeModel
import Foundation
import Testing

@testable import ExchangeSimulator

/// Amounts are printed like the venues print them, from exact decimals.
@Suite struct FormattingTests {
  @Test func trimmedDropsTrailingZerosAfterRounding() {
    #expect(DecimalText.trimmed(dec("3000.000"), scale: 8) == "3000")
    #expect(DecimalText.trimmed(dec("0.40000"), scale: 8) == "0.4")
    #expect(DecimalText.trimmed(dec("1.23456789"), scale: 4) == "1.2346")
    #expect(DecimalText.trimmed(dec("-0.00001"), scale: 2) == "0")
    #expect(DecimalText.trimmed(dec("0.00000412"), scale: 8) == "0.00000412")
  }

  @Test func fixedPadsLikeBybitBorrowAmount() {
    #expect(DecimalText.fixed(0, scale: 18) == "0.000000000000000000")
    #expect(DecimalText.fixed(dec("12000"), scale: 18) == "12000.000000000000000000")
    #expect(DecimalText.fixed(dec("1.5"), scale: 2) == "1.50")
  }

  @Test func significantKeepsAboutAsManyDigitsAsADouble() {
    #expect(DecimalText.significant(dec("125092.856369559271234"), digits: 17) == "125092.85636955927")
    #expect(DecimalText.significant(dec("0.000258834819412345"), digits: 13) == "0.0002588348194123")
    #expect(DecimalText.significant(dec("43505220"), digits: 16) == "43505220")
  }

  @Test func okxTimestampsRoundTrip() {
    #expect(Timestamp.okxMillis("2020-12-08T09:08:57.715Z") == 1_607_418_537_715)
    #expect(Date.utcMillisecondTimestamp(epochMilliseconds: 1_607_418_537_715) == "2020-12-08T09:08:57.715Z")
    #expect(Timestamp.okxMillis("2020-12-08T09:08:57Z") == nil)
    #expect(Timestamp.okxMillis("1607418537715") == nil)
    #expect(Timestamp.okxMillis("2020-13-08T09:08:57.715Z") == nil)
  }

  @Test func jsonWriterSeparatesMembersAndElementsAndNestsInADocument() {
    var writer = JSONWriter(capacity: 16)
    writer.beginArray()
    for name in ["a", "b\"c"] {
      writer.beginObject()
      writer.member("ccy", .string(name))
      writer.member("ok", .bool(true))
      writer.endObject()
    }
    writer.beginObject()
    writer.endObject()
    writer.endArray()
    let document = JSONValue.object([("data", writer.value), ("n", .number("1"))])
    #expect(document.text == #"{"data":[{"ccy":"a","ok":true},{"ccy":"b\"c","ok":true},{}],"n":1}"#)
  }

  @Test func jsonKeepsMemberOrderAndEscapes() {
    let value = JSONValue.object([("b", .string("x\"y\n")), ("a", .number("0")), ("c", .array([.bool(true), .null]))])
    #expect(value.text == #"{"b":"x\"y\n","a":0,"c":[true,null]}"#)
  }
}
