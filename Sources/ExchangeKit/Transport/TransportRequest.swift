import Foundation
import HTTPTypes

/// One request as the clients build it: swift-http-types' head, with the body and the deadline
/// that HTTP itself does not carry.
public struct TransportRequest: Sendable, Hashable {
  /// Method, scheme, authority, header fields, and the path with its query string exactly as
  /// signed: the transport sends `path` byte for byte, since the venues' signatures cover it.
  public var head: HTTPRequest
  public var body: Data?
  /// How long the whole exchange may take: connecting, the response head and its body.
  public var timeout: Duration

  public init(_ head: HTTPRequest, body: Data? = nil, timeout: Duration) {
    self.head = head
    self.body = body
    self.timeout = timeout
  }
}
