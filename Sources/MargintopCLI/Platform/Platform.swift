import ExchangeModel
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Every contact with the operating system that the command line needs, in one place, so the
/// rest is pure and tested without it.
enum Platform {
  /// The process environment.
  static var environment: [String: String] { ProcessInfo.processInfo.environment }

  /// `$HOME`, or the password database's idea of it.
  static var homeDirectory: String {
    if let home = environment["HOME"], !home.isEmpty { return home }
    return FileManager.default.homeDirectoryForCurrentUser.path
  }

  /// The largest configuration, secret or theme file read: far above any real one, so a wrong
  /// path cannot make margintop read without end.
  static let maximumFileSize = 1 << 20

  /// Reads a whole regular file as UTF-8, up to `maximumFileSize` bytes. Devices (`/dev/zero`,
  /// `/dev/urandom`), FIFOs, sockets and directories are refused before a byte is read: opening
  /// is non-blocking, so a FIFO without a writer cannot hang, and the size is checked on the open
  /// descriptor, so the file cannot be swapped in between.
  @Sendable static func readFile(_ path: String) throws -> String {
    let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
    guard fd >= 0 else { throw FileReadError(reason: String(cString: strerror(errno))) }
    defer { close(fd) }
    var st = stat()
    guard fstat(fd, &st) == 0 else { throw FileReadError(reason: String(cString: strerror(errno))) }
    guard st.st_mode & S_IFMT == S_IFREG else { throw FileReadError(reason: "not a regular file (\(fileKind(st.st_mode)))") }
    guard st.st_size <= maximumFileSize else {
      throw FileReadError(reason: "larger than \(maximumFileSize / 1024) KB (\(st.st_size) bytes)")
    }
    var data = Data()
    var buffer = [UInt8](repeating: 0, count: 16 * 1024)
    while true {
      let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      if n < 0 {
        if errno == EINTR { continue }
        throw FileReadError(reason: String(cString: strerror(errno)))
      }
      if n == 0 { break }
      data.append(contentsOf: buffer[0..<n])
      // A file that grows while it is read (a log, /proc) stops at the cap too.
      guard data.count <= maximumFileSize else { throw FileReadError(reason: "larger than \(maximumFileSize / 1024) KB") }
    }
    guard let text = String(data: data, encoding: .utf8) else { throw FileReadError(reason: "not UTF-8 text") }
    return text
  }

  /// What a file that is not a regular file is, in words.
  private static func fileKind(_ mode: mode_t) -> String {
    switch mode & S_IFMT {
    case S_IFDIR: return "a directory"
    case S_IFCHR: return "a character device"
    case S_IFBLK: return "a block device"
    case S_IFIFO: return "a FIFO"
    case S_IFSOCK: return "a socket"
    default: return "a special file"
    }
  }

  /// Whether a file exists at `path`.
  static func fileExists(_ path: String) -> Bool {
    var st = stat()
    return stat(path, &st) == 0
  }

  /// The permission bits of `path`, or `nil`.
  @Sendable static func fileMode(_ path: String) -> UInt16? {
    var st = stat()
    guard stat(path, &st) == 0 else { return nil }
    return UInt16(truncatingIfNeeded: st.st_mode & 0o7777)
  }

  /// Creates `path` and its parents with mode 0700 where they are missing.
  static func makeDirectory(_ path: String) throws {
    try FileManager.default.createDirectory(
      atPath: path, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
  }

  /// A new directory only this user can enter, under the system's temporary directory (`mkdtemp`,
  /// so no other process can have made it first); `nil` when none can be made.
  static func privateTemporaryDirectory(prefix: String) -> String? {
    var template = Array((NSTemporaryDirectory() + "/" + prefix + "-XXXXXX").utf8CString)
    return template.withUnsafeMutableBufferPointer { buffer in
      guard let base = buffer.baseAddress, mkdtemp(base) != nil else { return nil }
      return String(cString: base)
    }
  }

  /// Removes `path` and everything under it; a failure is left alone (a temporary directory).
  static func removeDirectory(_ path: String) {
    try? FileManager.default.removeItem(atPath: path)
  }

  /// Lets a write to a closed pipe (a hook that exits without reading) fail with EPIPE instead of
  /// ending margintop with SIGPIPE.
  static func ignoreBrokenPipes() {
    signal(SIGPIPE, SIG_IGN)
  }

  /// Writes `text` to standard error, control characters escaped (error messages quote paths,
  /// names and values from files and the environment).
  static func writeError(_ text: String) {
    FileHandle.standardError.write(Data(TerminalText.escaped(text, keepingNewlines: true).utf8))
  }

  /// Writes `text` to standard output, unbuffered so it is ordered with standard error.
  static func writeOutput(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
  }
}
