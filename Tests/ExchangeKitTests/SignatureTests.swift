import ExchangeKit
import ExchangeModel
import Foundation
import HTTPTypes
import Testing

@Suite struct SignatureTests {
  @Test func okxVectorFromTheIssue() {
    let prehash = OKXSigner.prehash(
      timestamp: "2020-12-08T09:08:57.715Z", method: "get", requestPath: "/api/v5/account/balance?ccy=BTC")
    #expect(prehash == "2020-12-08T09:08:57.715ZGET/api/v5/account/balance?ccy=BTC")
    let signature = OKXSigner.signature(secret: Secret("22582BD0CFF14C41EDBF1AB98506286D"), prehash: prehash)
    #expect(signature == "HiZhvSfMtWJA3uUIVXV3a/bSXNPCWvYFXoGCVS8V4zY=")
  }

  @Test func okxWebSocketLoginVector() {
    let signature = OKXSigner.signature(
      secret: Secret("22582BD0CFF14C41EDBF1AB98506286D"), prehash: "1538054050GET/users/self/verify")
    #expect(signature == "+LdIr8lkkvhr5hoA3g9TMC0+uQJ849ftAcocA/ouu4M=")
  }

  @Test func bybitVectorFromTheIssue() {
    let prehash = BybitSigner.prehash(
      timestamp: "1658384314791", apiKey: "XXXXXXXXXX", recvWindow: 5000, queryString: "accountType=UNIFIED")
    #expect(prehash == "1658384314791XXXXXXXXXX5000accountType=UNIFIED")
    #expect(
      BybitSigner.signature(secret: Secret("test-secret"), prehash: prehash)
        == "75c669c316e829039ad14c324123c8ad3f834d1a359d2fffe4be450f082e576f")
  }

  @Test func bybitHeadersCarryTheVector() {
    let signer = BybitSigner(credentials: Credentials(apiKey: "XXXXXXXXXX", secret: Secret("test-secret")))
    let headers = signer.headers(timestamp: "1658384314791", queryString: "accountType=UNIFIED")
    #expect(headers[.bybitSign] == "75c669c316e829039ad14c324123c8ad3f834d1a359d2fffe4be450f082e576f")
    #expect(headers[.bybitRecvWindow] == "5000")
    #expect(headers[.bybitAPIKey] == "XXXXXXXXXX")
    #expect(headers[.bybitTimestamp] == "1658384314791")
    // Sent as Bybit's documentation spells them.
    #expect(headers.map(\.name.rawName) == ["X-BAPI-API-KEY", "X-BAPI-TIMESTAMP", "X-BAPI-RECV-WINDOW", "X-BAPI-SIGN"])
  }

  @Test func okxHeadersCarryTheSignatureOfTheRequestPath() {
    let signer = OKXSigner(
      credentials: Credentials(apiKey: "okx-key", secret: Secret("22582BD0CFF14C41EDBF1AB98506286D"), passphrase: Secret("pass")))
    let headers = signer.headers(
      timestamp: "2020-12-08T09:08:57.715Z", method: "GET", requestPath: "/api/v5/account/balance?ccy=BTC")
    #expect(headers[.okxAccessSign] == "HiZhvSfMtWJA3uUIVXV3a/bSXNPCWvYFXoGCVS8V4zY=")
    #expect(headers[.okxAccessPassphrase] == "pass")
    #expect(
      headers.map(\.name.rawName) == ["OK-ACCESS-KEY", "OK-ACCESS-SIGN", "OK-ACCESS-TIMESTAMP", "OK-ACCESS-PASSPHRASE"])
  }

  @Test func okxTimestampIsISO8601WithMillisecondsAndZ() {
    let date = Date(timeIntervalSince1970: 1_607_418_537.715)
    #expect(OKXSigner.timestamp(date) == "2020-12-08T09:08:57.715Z")
    #expect(BybitSigner.timestamp(date) == "1607418537715")
  }

  @Test func queryStringKeepsOrderAndEncodesOnce() {
    let query = QueryString([("accountType", "UNIFIED"), ("coin", "BTC,USDT"), ("x", "a b&c")])
    #expect(query.text == "accountType=UNIFIED&coin=BTC,USDT&x=a%20b%26c")
    #expect(query.suffix == "?" + query.text)
    #expect(QueryString([]).suffix == "")
  }
}

@Suite struct TimestampTests {
  @Test(arguments: [
    (0.0, "1970-01-01T00:00:00.000Z"), (951_782_400.5, "2000-02-29T00:00:00.500Z"),
    (1_735_689_599.999, "2024-12-31T23:59:59.999Z"), (-1.0, "1969-12-31T23:59:59.000Z"),
  ])
  func okxTimestampsAcrossCalendarEdges(_ seconds: Double, _ expected: String) {
    #expect(OKXSigner.timestamp(Date(timeIntervalSince1970: seconds)) == expected)
  }
}
