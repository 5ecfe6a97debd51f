import ExchangeKit
import ExchangeModel
import Foundation
import Testing

@Suite struct ErrorClassifierTests {
  static let okxTable: [(String, ExchangeError.Kind)] = [
    ("50103", .auth), ("50104", .auth), ("50105", .auth), ("50106", .auth), ("50107", .auth), ("50111", .auth),
    ("50113", .auth), ("50120", .permission), ("50110", .ip), ("50101", .environment), ("50102", .clock),
    ("50112", .clock), ("50011", .rateLimit), ("50013", .rateLimit), ("59999", .exchange),
  ]
  static let bybitTable: [(String, ExchangeError.Kind)] = [
    ("10003", .auth), ("10004", .auth), ("10007", .auth), ("10005", .permission), ("10010", .ip),
    ("10002", .clock), ("10006", .rateLimit), ("170131", .exchange),
  ]

  @Test(arguments: okxTable)
  func okxCodes(_ code: String, _ kind: ExchangeError.Kind) throws {
    let body = Data(#"{"msg":"Invalid Sign","code":"\#(code)"}"#.utf8)
    let error = try #require(
      ErrorClassifier.classify(venue: .okx, httpStatus: 401, contentType: "application/json", body: body))
    #expect(error.kind == kind)
    #expect(error.code == code)
    #expect(error.httpStatus == 401)
    #expect(!error.message.contains("Invalid Sign"))
  }

  @Test(arguments: bybitTable)
  func bybitCodesAsNumbersAndStrings(_ code: String, _ kind: ExchangeError.Kind) throws {
    for literal in [code, "\"\(code)\""] {
      let body = Data(#"{"retCode":\#(literal),"retMsg":"error sign! origin_string[1658384314791MYKEY5000]","result":{}}"#.utf8)
      let error = try #require(
        ErrorClassifier.classify(venue: .bybit, httpStatus: 200, contentType: "application/json", body: body))
      #expect(error.kind == kind)
      #expect(error.code == code)
      #expect(!error.message.contains("MYKEY"))
      #expect(!error.message.contains("origin_string"))
    }
  }

  @Test func successIsNoError() {
    #expect(
      ErrorClassifier.classify(
        venue: .okx, httpStatus: 200, contentType: "application/json", body: Data(#"{"code":"0","data":[]}"#.utf8))
        == nil)
    #expect(
      ErrorClassifier.classify(
        venue: .bybit, httpStatus: 200, contentType: nil, body: Data(#"{"retCode":0,"result":{}}"#.utf8)) == nil)
  }

  @Test(arguments: [
    (429, "", ExchangeError.Kind.rateLimit), (403, "", .rateLimit), (401, "", .auth), (500, "{}", .server),
    (502, "<html><body>Bad gateway</body></html>", .server), (503, #"{"retCode":0}"#, .server),
    (200, "<!DOCTYPE html><title>maintenance</title>", .server), (200, #"{"retCode":0,"result":"#, .decode),
    (200, "not json", .decode), (418, "", .exchange), (404, "", .config),
  ])
  func byStatusAndBody(_ status: Int, _ body: String, _ kind: ExchangeError.Kind) throws {
    let error = try #require(
      ErrorClassifier.classify(venue: .bybit, httpStatus: status, contentType: nil, body: Data(body.utf8)))
    #expect(error.kind == kind)
    #expect(error.httpStatus == status)
  }

  @Test func okxRateLimitOn429AndOn200() throws {
    for status in [200, 429] {
      let error = try #require(
        ErrorClassifier.classify(
          venue: .okx, httpStatus: status, contentType: "application/json",
          body: Data(#"{"code":"50011","msg":"Too Many Requests","data":[]}"#.utf8)))
      #expect(error.kind == .rateLimit)
    }
  }

  @Test func htmlContentTypeIsAServerError() throws {
    let error = try #require(
      ErrorClassifier.classify(venue: .okx, httpStatus: 403, contentType: "text/html; charset=utf-8", body: Data()))
    #expect(error.kind == .server)
  }

  @Test func everyKindHasAShortMessage() {
    for (code, _) in Self.okxTable {
      let message = ErrorClassifier.error(venue: .okx, code: code, httpStatus: nil).message
      #expect(!message.isEmpty && message.count < 110, "\(code): \(message)")
    }
    for (code, _) in Self.bybitTable {
      let message = ErrorClassifier.error(venue: .bybit, code: code, httpStatus: nil).message
      #expect(!message.isEmpty && message.count < 110, "\(code): \(message)")
    }
    #expect(
      ErrorClassifier.error(venue: .okx, code: "50113", httpStatus: 401).message
        == "OKX rejected the API key's signature: check the secret")
  }
}
