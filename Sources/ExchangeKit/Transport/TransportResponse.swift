import Foundation
import HTTPTypes

/// One response, whatever its status: swift-http-types' head and the whole body.
public struct TransportResponse: Sendable {
  /// The status and header fields (looked up by `HTTPField.Name`, case-insensitively).
  public var head: HTTPResponse
  public var body: Data

  public init(_ head: HTTPResponse, body: Data) {
    self.head = head
    self.body = body
  }
}
