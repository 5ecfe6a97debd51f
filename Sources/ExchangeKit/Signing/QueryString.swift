/// A URL query string built once, so the bytes that are signed are the bytes that are sent.
///
/// Parameters keep their order; names and values are percent-encoded except for RFC 3986
/// unreserved characters and the comma (OKX and Bybit list currencies as `BTC,ETH`).
public struct QueryString: Sendable, Hashable, CustomStringConvertible {
  /// The encoded query without the leading `?`; empty when there are no parameters.
  public let text: String

  /// Encodes `parameters` in the order given.
  public init(_ parameters: [(name: String, value: String)]) {
    text = parameters.map { QueryString.encode($0.name) + "=" + QueryString.encode($0.value) }
      .joined(separator: "&")
  }

  public var description: String { text }

  /// `?` plus the query, or nothing when the query is empty (for OKX's requestPath).
  public var suffix: String { text.isEmpty ? "" : "?" + text }

  private static func encode(_ string: String) -> String {
    var out = ""
    for byte in string.utf8 {
      switch byte {
      case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
        UInt8(ascii: "~"), UInt8(ascii: ","):
        out.unicodeScalars.append(Unicode.Scalar(byte))
      default:
        let hex = Array("0123456789ABCDEF".unicodeScalars)
        out.unicodeScalars.append("%")
        out.unicodeScalars.append(hex[Int(byte >> 4)])
        out.unicodeScalars.append(hex[Int(byte & 0x0F)])
      }
    }
    return out
  }
}
