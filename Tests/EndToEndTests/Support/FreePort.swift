import Foundation

/// Loopback TCP ports for the end-to-end tests: a free one, or one held busy.
enum FreePort {
  /// A port nothing listens on right now (bound to port 0, then released).
  static func next() -> Int? {
    guard let (descriptor, port) = bound() else { return nil }
    close(descriptor)
    return port
  }

  /// A listening socket on a loopback port, so that another program finds the port in use; the
  /// caller closes the descriptor.
  static func occupied() -> (descriptor: Int32, port: Int)? {
    guard let (descriptor, port) = bound() else { return nil }
    guard listen(descriptor, 1) == 0 else {
      close(descriptor)
      return nil
    }
    return (descriptor, port)
  }

  private static func bound() -> (Int32, Int)? {
    let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard descriptor >= 0 else { return nil }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = 0
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    let bound = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
    }
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let named = withUnsafeMutablePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
    }
    guard bound == 0, named == 0 else {
      close(descriptor)
      return nil
    }
    return (descriptor, Int(UInt16(bigEndian: address.sin_port)))
  }
}
