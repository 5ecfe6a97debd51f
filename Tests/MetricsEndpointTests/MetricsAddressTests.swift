import Testing

@testable import MetricsEndpoint

/// `--metrics`: loopback unless a host is written out; anything else malformed is a clear error.
@Suite struct MetricsAddressTests {
  @Test(arguments: [
    ("9464", "127.0.0.1", 9464, true), (":9464", "127.0.0.1", 9464, true), ("127.0.0.1:0", "127.0.0.1", 0, true),
    ("localhost:9100", "localhost", 9100, true), ("[::1]:9464", "::1", 9464, true),
    ("0.0.0.0:9464", "0.0.0.0", 9464, false), ("10.1.2.3:9464", "10.1.2.3", 9464, false), ("[::]:80", "::", 80, false),
    ("metrics-host.internal:9464", "metrics-host.internal", 9464, false),
  ])
  func parses(text: String, host: String, port: Int, loopback: Bool) throws {
    let address = try MetricsAddress(parsing: text)
    #expect(address.host == host)
    #expect(address.port == port)
    #expect(address.isLoopback == loopback)
  }

  @Test(arguments: [
    ("", "expected HOST:PORT or PORT"), ("127.0.0.1", "the port must be a number from 0 to 65535"),
    ("127.0.0.1:", "the port must be a number from 0 to 65535"), ("host:65536", "the port must be a number from 0 to 65535"),
    ("host:-1", "the port must be a number from 0 to 65535"), ("host:99999999999999999999", "the port must be a number from 0 to 65535"),
    ("::1:9464", "write an IPv6 address in brackets: [::1]:PORT"), ("[::1:9464", "an IPv6 address needs its closing ]"),
    ("[::1]9464", "expected [IPV6]:PORT"), ("bad host:1", "\"bad host\" is not a host name or IPv4 address"),
    ("http://x:1", "write an IPv6 address in brackets: [::1]:PORT"),
  ])
  func refuses(text: String, reason: String) {
    #expect(throws: MetricsAddressError.malformed(text, reason)) { try MetricsAddress(parsing: text) }
  }

  @Test func theErrorNamesTheOptionAndTheValue() {
    #expect(MetricsAddressError.malformed("x:y", "the port must be a number from 0 to 65535").description
      == #"--metrics "x:y": the port must be a number from 0 to 65535"#)
  }

  @Test func anIPv6AddressIsWrittenInBrackets() {
    #expect(MetricsAddress(host: "::1", port: 9464).description == "[::1]:9464")
    #expect(MetricsAddress(host: "127.0.0.1", port: 9464).description == "127.0.0.1:9464")
  }
}
