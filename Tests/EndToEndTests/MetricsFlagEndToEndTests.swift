import Foundation
import Testing

/// `margintop watch --metrics` refuses what it cannot serve with status 2 and a clear message.
@Suite struct MetricsFlagEndToEndTests {
  private func run(_ arguments: [String]) throws -> (status: Int32?, output: String) {
    let margintop = try #require(MargintopBinary.url, "margintop was not built beside the tests")
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("margintop-flag-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: directory + "/state", withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let process = try BackgroundProcess(
      "margintop", executable: margintop, arguments: arguments,
      environment: ["HOME": directory, "XDG_STATE_HOME": directory + "/state", "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"],
      logPath: directory + "/output.log")
    let deadline = Date().addingTimeInterval(20)
    while process.isRunning, Date() < deadline { usleep(50_000) }
    let status = process.exitStatus
    process.stop()
    return (status, process.output)
  }

  @Test func aPortInUseEndsWithStatusTwoAndSaysSo() throws {
    let busy = try #require(FreePort.occupied())
    defer { close(busy.descriptor) }
    let result = try run(["watch", "--demo", "--metrics", "127.0.0.1:\(busy.port)"])
    #expect(result.status == 2, "\(result.output)")
    #expect(
      result.output.contains("margintop: error: --metrics 127.0.0.1:\(busy.port): the address is already in use"), "\(result.output)")
  }

  @Test func aMalformedAddressIsRefusedBeforeAnythingStarts() throws {
    let result = try run(["watch", "--demo", "--metrics", "localhost:http"])
    #expect(result.status == 2, "\(result.output)")
    #expect(result.output.contains(#"--metrics "localhost:http": the port must be a number from 0 to 65535"#), "\(result.output)")
    #expect(!result.output.contains("metrics on http"))
  }
}
