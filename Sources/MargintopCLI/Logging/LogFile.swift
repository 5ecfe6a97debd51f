import Foundation
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// An append-only log file shared by every logger; each line is written with one `write` call.
final class LogFile: Sendable {
  /// The file's path.
  let path: String
  private let descriptor: Mutex<Int32>

  /// Opens (creating with mode 0600) `path` for appending, creating its directory (0700).
  init(path: String) throws {
    let directory = ConfigParser.directory(of: path)
    if !directory.isEmpty { try Platform.makeDirectory(directory) }
    let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
    guard fd >= 0 else { throw FileReadError(reason: String(cString: strerror(errno))) }
    self.path = path
    self.descriptor = Mutex(fd)
  }

  deinit {
    descriptor.withLock { fd in _ = close(fd) }
  }

  /// Appends `line` and a newline.
  func append(_ line: String) {
    let bytes = Array((line + "\n").utf8)
    descriptor.withLock { fd in
      var offset = 0
      while offset < bytes.count {
        let n = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        if n < 0 && errno == EINTR { continue }
        guard n > 0 else { return }
        offset += n
      }
    }
  }
}
