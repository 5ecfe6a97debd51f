import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Runs the built `margintop` executable (beside the test bundle) and captures what it wrote.
struct BinaryRunner {
  struct Run {
    var status: Int32
    var stdout: String
    var stderr: String
    /// Every `/proc/PID/cmdline` seen while the process ran.
    var commandLines: [String]
  }

  /// The executable next to the test bundle (`.build/<config>/margintop`).
  static var executable: URL {
    URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("margintop")
  }

  var environment: [String: String]
  var directory: String

  /// Starts `margintop arguments`; `whileRunning` gets the pid and the stdout so far once the process is up (it may signal it).
  func run(
    _ arguments: [String], timeout: Duration = .seconds(30), whileRunning: (@Sendable (Int32, @escaping @Sendable () -> String) async -> Void)? = nil
  ) async throws -> Run {
    let id = UUID().uuidString
    let outPath = directory + "/stdout-\(id)"
    let errPath = directory + "/stderr-\(id)"
    _ = FileManager.default.createFile(atPath: outPath, contents: nil)
    _ = FileManager.default.createFile(atPath: errPath, contents: nil)
    let process = Process()
    process.executableURL = Self.executable
    process.arguments = arguments
    process.environment = environment
    process.currentDirectoryURL = URL(fileURLWithPath: directory)
    process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
    process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let pid = process.processIdentifier
    var commandLines: [String] = []
    let started = ContinuousClock.now
    let readOut: @Sendable () -> String = { (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? "" }
    var helper: Task<Void, Never>?
    if let whileRunning { helper = Task { await whileRunning(pid, readOut) } }
    while process.isRunning {
      if let data = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline"), !data.isEmpty {
        commandLines.append(String(decoding: data, as: UTF8.self))
      }
      if ContinuousClock.now - started > timeout {
        process.terminate()
        Issue.record("margintop \(arguments) did not finish within \(timeout)")
        break
      }
      try await Task.sleep(for: .milliseconds(5))
    }
    process.waitUntilExit()
    await helper?.value
    return Run(
      status: process.terminationStatus, stdout: readOut(),
      stderr: (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? "", commandLines: commandLines)
  }
}
