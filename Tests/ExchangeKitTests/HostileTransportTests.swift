import ExchangeKit
import ExchangeModel
import Foundation
import HTTPTypes
import Testing

/// `AsyncHTTPTransport` against servers that answer unkindly at the TCP and HTTP level: each ends
/// within the request's deadline with an error of its own kind (issue #12; before, a trickling or
/// endless body hung past 90 s and every other case said "cannot reach").
///
/// The time bounds are loose on purpose: under a loaded test run the cooperative thread pool wakes
/// the deadline late. Without the fix these requests never end (a 100,000-byte body at five bytes
/// a second, or no end at all), so any bound shows it.
@Suite(.serialized) struct HostileTransportTests {
  private func outcome(
    _ script: @escaping RawSocketVenue.Script, timeout: Duration = .seconds(1), maximumBodySize: Int = 1 << 20
  ) async throws -> (error: ExchangeError?, elapsed: Duration) {
    let venue = try RawSocketVenue(script: script)
    let transport = AsyncHTTPTransport(connectTimeout: .seconds(1), maximumBodySize: maximumBodySize)
    let start = ContinuousClock.now
    var failure: ExchangeError?
    do {
      _ = try await transport.send(TransportRequest(venue.get("/api/v5/account/balance"), timeout: timeout))
    } catch {
      failure = error
    }
    let elapsed = ContinuousClock.now - start
    venue.stop()
    try await transport.shutdown()
    return (failure, elapsed)
  }

  @Test func aBodyTricklingAByteAtATimeTimesOutAtTheDeadline() async throws {
    let (error, elapsed) = try await outcome(RawSocketVenue.trickle(), timeout: .seconds(1))
    #expect(error?.kind == .timeout)
    #expect(error?.message == "no complete answer from 127.0.0.1 within 1 s")
    #expect(elapsed < .seconds(15))
  }

  @Test func anEndlessChunkedBodyTimesOutAtTheDeadline() async throws {
    let (error, elapsed) = try await outcome(RawSocketVenue.endlessChunked(), timeout: .seconds(1), maximumBodySize: 1 << 30)
    #expect(error?.kind == .timeout)
    #expect(elapsed < .seconds(15))
  }

  @Test func aDeclaredOversizedBodyIsTooLargeBeforeItIsRead() async throws {
    let (error, elapsed) = try await outcome({ connection in
      _ = connection.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 52428800\r\n\r\n{")
      Thread.sleep(forTimeInterval: 5)
    }, timeout: .seconds(10))
    #expect(error?.kind == .tooLarge)
    #expect(error?.message == "127.0.0.1 sent a response larger than 1 MB")
    #expect(elapsed < .seconds(15))
  }

  @Test func anUndeclaredOversizedBodyIsTooLarge() async throws {
    let (error, _) = try await outcome({ connection in
      guard connection.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
      else { return }
      let chunk = Array("10000\r\n".utf8) + [UInt8](repeating: 0x20, count: 0x10000) + Array("\r\n".utf8)
      for _ in 0..<64 where connection.write(chunk) {}
      _ = connection.write("0\r\n\r\n")
    }, timeout: .seconds(10))
    #expect(error?.kind == .tooLarge)
  }

  @Test func aResetConnectionSaysSo() async throws {
    let (error, elapsed) = try await outcome({ connection in connection.reset() }, timeout: .seconds(5))
    #expect(error?.kind == .connectionReset)
    #expect(error?.message.contains("cannot reach") == false)
    #expect(elapsed < .seconds(15))
  }

  @Test func aResetHalfWayThroughTheBodySaysSo() async throws {
    let (error, _) = try await outcome({ connection in
      _ = connection.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"code\":")
      Thread.sleep(forTimeInterval: 0.2)
      connection.reset()
    }, timeout: .seconds(5))
    #expect(error?.kind == .connectionReset)
  }

  @Test func anHTTP09ReplyIsAProtocolError() async throws {
    let (error, _) = try await outcome({ connection in
      _ = connection.write(#"{"code":"0","msg":"","data":[]}"#)
    }, timeout: .seconds(5))
    #expect(error?.kind == .protocolError)
    #expect(error?.message == "127.0.0.1 sent a reply that is not valid HTTP/1.1")
  }

  @Test func aTwoMegabyteHeaderIsAProtocolError() async throws {
    let (error, _) = try await outcome({ connection in
      _ = connection.write("HTTP/1.1 200 OK\r\nX-Padding: " + String(repeating: "a", count: 2 << 20) + "\r\nContent-Length: 2\r\n\r\n{}")
    }, timeout: .seconds(5))
    #expect(error?.kind == .protocolError)
  }

  @Test func aWellFormedReplyStillArrives() async throws {
    let venue = try RawSocketVenue(script: { connection in _ = connection.write(RawSocketVenue.ok(Array(#"{"code":"0"}"#.utf8))) })
    let transport = AsyncHTTPTransport(connectTimeout: .seconds(1))
    let response = try await transport.send(TransportRequest(venue.get("/"), timeout: .seconds(10)))
    venue.stop()
    try await transport.shutdown()
    #expect(response.head.status == .ok)
    #expect(response.head.headerFields[.contentType] == "application/json")
    #expect(response.body == Data(#"{"code":"0"}"#.utf8))
  }

  @Test func thePathAndQueryGoOutByteForByteAsSigned() async throws {
    let venue = try RawSocketVenue(script: { connection in _ = connection.write(RawSocketVenue.ok(Array("{}".utf8))) })
    let transport = AsyncHTTPTransport(connectTimeout: .seconds(1))
    // What QueryString makes: commas left alone, everything else outside RFC 3986's unreserved set escaped.
    let path = "/prefix/api/v5/account/balance?ccy=BTC,USDT,A%20B&x=%2F%3F%26~"
    var head = venue.get(path)
    head.headerFields[.okxAccessKey] = "key"
    _ = try await transport.send(TransportRequest(head, timeout: .seconds(10)))
    venue.stop()
    try await transport.shutdown()
    let received = try #require(venue.requestHeads.first)
    #expect(received.hasPrefix("GET \(path) HTTP/1.1\r\n"))
    // The venue's spelling of a header name goes out as written.
    #expect(received.contains("\r\nOK-ACCESS-KEY: key\r\n"))
  }

  @Test func responseHeadersAreFoundWhateverTheirCase() async throws {
    let venue = try RawSocketVenue(script: { connection in
      _ = connection.write(RawSocketVenue.ok(Array("{}".utf8), extraHeaders: "x-bapi-limit-status: 3\r\nRETRY-AFTER: 5\r\n"))
    })
    let transport = AsyncHTTPTransport(connectTimeout: .seconds(1))
    let response = try await transport.send(TransportRequest(venue.get("/"), timeout: .seconds(10)))
    venue.stop()
    try await transport.shutdown()
    #expect(response.head.headerFields[.bybitLimitStatus] == "3")
    #expect(response.head.headerFields[.retryAfter] == "5")
  }
}
