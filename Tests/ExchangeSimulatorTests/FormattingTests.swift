import ExchangeModel
import Foundation
import Testing

@testable import ExchangeSimulator

/// Amounts are printed like the venues print them, from exact decimals.
@Suite struct FormattingTests {
  @Test func trimmedDropsTrailingZerosAfterRounding() {
    #expect(dec("3000.000").rounded(scale: 8).plainText == "3000")
    #expect(dec("0.40000").rounded(scale: 8).plainText == "0.4")
    #expect(dec("1.23456789").rounded(scale: 4).plainText == "1.2346")
    #expect(dec("-0.00001").rounded(scale: 2).plainText == "0")
    #expect(dec("0.00000412").rounded(scale: 8).plainText == "0.00000412")
  }

  @Test func fixedPadsLikeBybitBorrowAmount() {
    #expect((0 as ExactDecimal).text(fractionDigits: 18) == "0.000000000000000000")
    #expect(dec("12000").text(fractionDigits: 18) == "12000.000000000000000000")
    #expect(dec("1.5").text(fractionDigits: 2) == "1.50")
  }

  @Test func significantKeepsAboutAsManyDigitsAsADouble() {
    #expect(dec("125092.856369559271234").plainText(significantDigits: 17) == "125092.85636955927")
    #expect(dec("0.000258834819412345").plainText(significantDigits: 13) == "0.0002588348194123")
    #expect(dec("43505220").plainText(significantDigits: 16) == "43505220")
  }

  @Test func okxTimestampsRoundTrip() {
    #expect(Timestamp.epochMilliseconds("2020-12-08T09:08:57.715Z") == 1_607_418_537_715)
    #expect(Timestamp.text(epochMilliseconds: 1_607_418_537_715) == "2020-12-08T09:08:57.715Z")
    #expect(Timestamp.epochMilliseconds("2020-12-08T09:08:57Z") == nil)
    #expect(Timestamp.epochMilliseconds("1607418537715") == nil)
    #expect(Timestamp.epochMilliseconds("2020-13-08T09:08:57.715Z") == nil)
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
    #expect(document.text() == #"{"data":[{"ccy":"a","ok":true},{"ccy":"b\"c","ok":true},{}],"n":1}"#)
  }
}
