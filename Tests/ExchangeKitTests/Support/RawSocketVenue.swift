import Foundation
import HTTPTypes
import Synchronization

#if canImport(Glibc)
  import Glibc
#endif

/// A loopback TCP server that answers every connection with a scripted byte stream, for the
/// replies no HTTP library will send: a body trickling a byte at a time, a chunked body that never
/// ends, a reset, a reply that is not HTTP/1.1, an oversized header or body.
///
/// Each connection runs on its own thread: its request head is read, then `script` writes to the
/// socket. Scripts that loop stop when the client goes away (a write fails) or the venue stops.
final class RawSocketVenue: Sendable {
  /// What to do with one connection once its request head was read.
  typealias Script = @Sendable (_ connection: Connection) -> Void

  /// One accepted connection.
  struct Connection: Sendable {
    let fd: Int32
    let venue: RawSocketVenue

    /// Writes all of `bytes`; false once the client is gone or the venue stopped.
    @discardableResult
    func write(_ bytes: [UInt8]) -> Bool {
      guard !venue.isStopped else { return false }
      var offset = 0
      while offset < bytes.count {
        let sent = bytes[offset...].withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        if sent <= 0 { return false }
        offset += sent
      }
      return true
    }

    func write(_ text: String) -> Bool { write(Array(text.utf8)) }

    /// Closes with a TCP reset instead of an orderly shutdown.
    func reset() {
      var linger = Glibc.linger(l_onoff: 1, l_linger: 0)
      setsockopt(fd, SOL_SOCKET, SO_LINGER, &linger, socklen_t(MemoryLayout<Glibc.linger>.size))
    }
  }

  let port: Int
  private let listener: Int32
  private let stopped = Atomic<Bool>(false)
  /// Connections accepted so far.
  let connections = Atomic<Int>(0)
  private let heads = Mutex<[String]>([])

  /// The request heads read so far, as they came off the wire.
  var requestHeads: [String] { heads.withLock { $0 } }

  var isStopped: Bool { stopped.load(ordering: .relaxed) }

  var baseURL: URL { URL(string: "http://127.0.0.1:\(port)")! }

  /// A GET of `path` (with its query) on this venue.
  func get(_ path: String) -> HTTPRequest {
    HTTPRequest(method: .get, scheme: "http", authority: "127.0.0.1:\(port)", path: path)
  }

  /// Starts listening on an ephemeral loopback port; every connection runs `script`.
  init(script: @escaping Script) throws {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard fd >= 0 else { throw POSIXError(.EMFILE) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = 0
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) }
    }
    guard bound == 0, listen(fd, 16) == 0 else {
      close(fd)
      throw POSIXError(.EADDRINUSE)
    }
    _ = withUnsafeMutablePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
    }
    listener = fd
    port = Int(UInt16(bigEndian: address.sin_port))
    let venue = self
    Thread.detachNewThread { venue.acceptLoop(script) }
  }

  /// Stops accepting and makes running scripts give up at their next write.
  func stop() {
    guard !stopped.exchange(true, ordering: .relaxed) else { return }
    shutdown(listener, Int32(SHUT_RDWR))
    close(listener)
  }

  private func acceptLoop(_ script: @escaping Script) {
    while !isStopped {
      let fd = accept(listener, nil, nil)
      guard fd >= 0 else {
        if errno == EINTR { continue }
        return
      }
      connections.add(1, ordering: .relaxed)
      let connection = Connection(fd: fd, venue: self)
      Thread.detachNewThread {
        let head = RawSocketVenue.readRequestHead(fd)
        self.heads.withLock { $0.append(head) }
        script(connection)
        close(fd)
      }
    }
  }

  /// Reads up to the blank line ending the request head (the clients send GETs without a body).
  private static func readRequestHead(_ fd: Int32) -> String {
    var seen: [UInt8] = []
    var byte: UInt8 = 0
    while seen.count < 65_536, read(fd, &byte, 1) == 1 {
      seen.append(byte)
      if seen.count >= 4, seen.suffix(4) == [13, 10, 13, 10] { break }
    }
    return String(decoding: seen, as: UTF8.self)
  }
}

extension RawSocketVenue {
  /// A complete `200 OK` with `body` and a correct `Content-Length`.
  static func ok(_ body: [UInt8], extraHeaders: String = "") -> [UInt8] {
    Array("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: \(body.count)\r\n\(extraHeaders)\r\n".utf8)
      + body
  }

  /// Sends a head announcing `length` bytes, then one byte every `interval`, until the client
  /// gives up or the venue stops.
  static func trickle(length: Int = 100_000, every interval: TimeInterval = 0.2) -> Script {
    { connection in
      guard connection.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: \(length)\r\n\r\n{")
      else { return }
      while connection.write(" ") { Thread.sleep(forTimeInterval: interval) }
    }
  }

  /// A chunked body of one-byte chunks that never ends.
  static func endlessChunked(every interval: TimeInterval = 0.02) -> Script {
    { connection in
      guard connection.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n1\r\n{\r\n")
      else { return }
      while connection.write("1\r\n \r\n") { Thread.sleep(forTimeInterval: interval) }
    }
  }
}
