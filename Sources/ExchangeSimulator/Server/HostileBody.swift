import HummingbirdCore
import NIOCore

/// Writes a response body the way a hostile fault asks: a byte at a time, without end, cut off
/// by a dropped connection, padded past any sane size, or with invalid UTF-8.
enum HostileBody {
  /// A dropped connection: thrown from the body writer, which makes the server close it.
  struct Dropped: Error {}

  /// The body for `bytes` (the normal response) under `fault`; `nil` when the fault does not
  /// change how the body is sent.
  static func body(_ bytes: [UInt8], fault: SimulatedFault?) -> ResponseBody? {
    switch fault {
    case .slowBody(let interval):
      return ResponseBody(contentLength: bytes.count) { writer in
        for byte in bytes {
          try await writer.write(ByteBuffer(bytes: [byte]))
          try await Task.sleep(for: interval)
        }
        try await writer.finish(nil)
      }
    case .endlessBody:
      // No length: chunked, one space at a time, until the client goes away.
      return ResponseBody { writer in
        try await writer.write(ByteBuffer(bytes: bytes.prefix(1)))
        while true {
          try await Task.sleep(for: .milliseconds(20))
          try await writer.write(ByteBuffer(string: " "))
        }
      }
    case .connectionReset:
      return ResponseBody(contentLength: bytes.count) { writer in
        try await writer.write(ByteBuffer(bytes: bytes.prefix(bytes.count / 2)))
        throw Dropped()
      }
    case .oversizedBody(let total):
      // JSON may end in whitespace: the document stays valid, only too big.
      let padding = max(0, total - bytes.count)
      return ResponseBody(contentLength: bytes.count + padding) { writer in
        try await writer.write(ByteBuffer(bytes: bytes))
        let chunk = ByteBuffer(repeating: UInt8(ascii: " "), count: 64 * 1024)
        var left = padding
        while left > 0 {
          let size = min(left, chunk.readableBytes)
          try await writer.write(chunk.getSlice(at: 0, length: size) ?? chunk)
          left -= size
        }
        try await writer.finish(nil)
      }
    case .invalidUTF8:
      // A member name with a byte that is never valid UTF-8, first in the top-level object.
      guard bytes.first == UInt8(ascii: "{") else { return nil }
      let poisoned = [UInt8(ascii: "{")] + Array(#""e"#.utf8) + [0xFF] + Array(#"q":1,"#.utf8) + bytes.dropFirst()
      return ResponseBody(byteBuffer: ByteBuffer(bytes: poisoned))
    default:
      return nil
    }
  }
}
