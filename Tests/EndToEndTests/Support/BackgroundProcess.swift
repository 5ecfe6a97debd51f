import Foundation

/// A long-running program an end-to-end test starts (margintop, Prometheus) and must stop on
/// every path: `stop()` is idempotent, and the test calls it from `defer`.
final class BackgroundProcess: @unchecked Sendable {
  let name: String
  private let process = Process()
  private let logPath: String

  /// Starts `executable` with `arguments`; standard output and error go to `logPath`.
  init(_ name: String, executable: URL, arguments: [String], environment: [String: String]? = nil, logPath: String) throws {
    self.name = name
    self.logPath = logPath
    _ = FileManager.default.createFile(atPath: logPath, contents: nil)
    let log = try FileHandle(forWritingTo: URL(fileURLWithPath: logPath))
    process.executableURL = executable
    process.arguments = arguments
    if let environment { process.environment = environment }
    process.standardOutput = log
    process.standardError = log
    process.standardInput = FileHandle.nullDevice
    try process.run()
  }

  var isRunning: Bool { process.isRunning }

  /// What the process wrote so far (for failure messages).
  var output: String { (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? "" }

  /// SIGTERM, then SIGKILL if it has not exited within `grace`; waits for it.
  func stop(grace: TimeInterval = 10) {
    guard process.isRunning else { return }
    process.terminate()
    let deadline = Date().addingTimeInterval(grace)
    while process.isRunning, Date() < deadline { usleep(50_000) }
    if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    process.waitUntilExit()
  }

  var exitStatus: Int32? { process.isRunning ? nil : process.terminationStatus }
}
