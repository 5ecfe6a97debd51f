import Testing

@testable import TerminalUI

/// margintop holds API secrets in memory: a crash must write no core file (issue #12).
@Suite struct CoreDumpsTests {
  @Test func theAllowVariableKeepsThemAndOtherwiseTheyAreOff() {
    // Asked to keep them, nothing changes (this process's own setting is whatever the runner set).
    let before = CoreDumps.allowed
    #expect(!CoreDumps.disable(environment: [CoreDumps.allowVariable: "1"]))
    #expect(CoreDumps.allowed == before)
    // Off: RLIMIT_CORE 0 and not dumpable.
    #expect(CoreDumps.disable(environment: [:]))
    #expect(!CoreDumps.allowed)
  }
}
