import Foundation
import Testing

/// How `margintop` refuses to start the dashboard where it cannot draw one.
@Suite struct StartupEndToEndTests {
  @Test func outputToAPipeIsRefusedWithStatusTwo() throws {
    let binary = try #require(MargintopBinary.url, "margintop was not built beside the tests")
    let process = Process()
    process.executableURL = binary
    process.arguments = ["--demo"]
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 2)
    #expect(message.contains("not a terminal"), "message was: \(message)")
  }

  @Test(.enabled(if: Tmux.unavailableReason == nil, "tmux is not installed"))
  func unknownTermGivesAHintNotCursesOwnError() async throws {
    let session = try TmuxSession(arguments: ["--demo"], term: "no-such-terminal-xyz")
    defer { session.kill() }
    let screen = await session.waitFor(ScreenText.hasExited)
    let shown = try #require(screen, "margintop did not exit; screen:\n\(session.capture())")
    #expect(shown.contains("no terminfo entry for TERM=no-such-terminal-xyz"))
    #expect(shown.contains("TERM=xterm-256color"))
    #expect(!shown.contains("Error opening terminal"))
    #expect(ScreenText.exitStatus(in: shown) == 2)
    #expect(ScreenText.sttyIsSane(shown))
  }

  @Test(.enabled(if: Tmux.unavailableReason == nil, "tmux is not installed"))
  func aTerminalThatCannotMoveTheCursorIsRefusedNotLeftBlank() async throws {
    let session = try TmuxSession(arguments: ["--demo"], term: "dumb")
    defer { session.kill() }
    let screen = await session.waitFor(ScreenText.hasExited)
    let shown = try #require(screen, "margintop did not exit; screen:\n\(session.capture())")
    #expect(shown.contains("TERM=dumb cannot move the cursor"))
    #expect(shown.contains("margintop snapshot"))
    #expect(ScreenText.exitStatus(in: shown) == 2)
    #expect(ScreenText.sttyIsSane(shown))
  }
}
