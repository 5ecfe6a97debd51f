import Foundation
import Testing

@testable import MargintopCLI

/// `margintop --version`: the version file, the line's wording, and the real binary's output.
@Suite struct VersionTests {
  @Test("the unstamped build's version is the VERSION file's")
  func versionMatchesFile() throws {
    let file = try String(contentsOfFile: FixtureFiles.repositoryRoot + "/VERSION", encoding: .utf8)
    #expect(BuildStamp.version == file.trimmingCharacters(in: .whitespacesAndNewlines))
    #expect(!BuildStamp.version.isEmpty)
  }

  @Test("the line names the commit, or says it is unknown")
  func line() {
    #expect(VersionText.line(version: "1.2.3", commit: "0123456789ab") == "margintop 1.2.3 (commit 0123456789ab)")
    #expect(VersionText.line(version: "1.2.3", commit: nil) == "margintop 1.2.3 (unknown commit)")
  }

  @Test("margintop --version prints the line and exits 0, before any configuration is read")
  func binaryPrintsVersion() async throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("margintop-version-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    // A configuration that does not parse proves --version never reads it.
    try FileManager.default.createDirectory(atPath: directory + "/config/margintop", withIntermediateDirectories: true)
    try "this is not toml [".write(toFile: directory + "/config/margintop/config.toml", atomically: true, encoding: .utf8)
    let runner = BinaryRunner(
      environment: ["HOME": directory, "XDG_CONFIG_HOME": directory + "/config", "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"],
      directory: directory)
    let run = try await runner.run(["--version"])
    #expect(run.status == 0)
    #expect(run.stdout == VersionText.current + "\n")
    #expect(run.stderr.isEmpty)
  }
}
