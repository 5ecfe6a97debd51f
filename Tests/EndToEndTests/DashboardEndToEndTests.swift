import Foundation
import Testing

/// Runs the built `margintop --demo` in tmux and looks at the screen like a user would.
@Suite(.serialized, .enabled(if: Tmux.unavailableReason == nil, "tmux is not installed; the end-to-end tests need it"))
struct DashboardEndToEndTests {
  private static let demo = ["--demo", "--refresh", "1"]

  private func start(term: String = "xterm-256color", width: Int = 120, height: Int = 40) async throws -> TmuxSession {
    let session = try TmuxSession(arguments: Self.demo, term: term, width: width, height: height)
    let shown = await session.waitFor(timeout: .seconds(20), ScreenText.showsDashboard)
    try #require(shown != nil, "the dashboard never appeared; last screen:\n\(session.capture())")
    return session
  }

  @Test func valuesChangeBetweenRefreshes() async throws {
    let session = try await start()
    defer { session.kill() }
    let first = ScreenText.decimals(in: session.capture())
    let changed = await session.waitFor(timeout: .seconds(15)) { ScreenText.decimals(in: $0) != first }
    #expect(changed != nil, "no figure changed in 15 s of 1 s refreshes")
  }

  @Test func keysChangeTheView() async throws {
    let session = try await start()
    defer { session.kill() }
    let visible = ScreenText.decimals(in: session.capture()).count
    session.send(".")
    let masked = await session.waitFor { ScreenText.decimals(in: $0).count < max(1, visible / 2) }
    #expect(masked != nil, "privacy mode (.) left the amounts readable")
    session.send(".")
    let unmasked = await session.waitFor { ScreenText.decimals(in: $0).count >= max(1, visible / 2) }
    #expect(unmasked != nil, "a second . did not show the amounts again")

    let panels = session.capture()
    session.send("?")
    // The help overlay lists every key; Shift-Tab appears nowhere else.
    let help = await session.waitFor { $0 != panels && $0.contains("Shift-Tab") }
    #expect(help != nil, "? did not open the help overlay")
    session.send("Escape")
    let closed = await session.waitFor { !$0.contains("Shift-Tab") && ScreenText.showsDashboard($0) }
    #expect(closed != nil, "Esc did not close the help overlay")

    session.send("v")
    // The table has a header row with the code and risk columns and no panel boxes (the panels
    // view previews its next currencies under a header of the same columns).
    let table = await session.waitFor {
      $0.contains(" ccy ") && $0.contains(" risk ") && !$0.contains("┌─") && ScreenText.showsDashboard($0)
    }
    #expect(table != nil, "v did not switch to the table view")
    session.send("v")

    session.send("Tab")
    // From "All" (its gauge names the worst account) to the first account's own gauge.
    let tabbed = await session.waitFor { $0.contains(" margin usage ") && !$0.contains(" worst ") }
    #expect(tabbed != nil, "Tab did not switch the account")

    session.send("Enter")
    // The detail view lists the account's risk and the fields as the venue sent them.
    let detail = await session.waitFor { $0.contains("fields as sent") && $0.contains(" risk ") }
    #expect(detail != nil, "Enter did not open the detail view")
    session.send("Escape")
    let back = await session.waitFor { ScreenText.showsDashboard($0) && !$0.contains("fields as sent") }
    #expect(back != nil, "Esc did not leave the detail view")

  }

  @Test func resizeRelaysOut() async throws {
    let session = try await start(width: 120, height: 40)
    defer { session.kill() }
    session.resize(width: 200, height: 60)
    let wide = await session.waitFor { ScreenText.usedWidth($0) > 120 && $0.split(separator: "\n", omittingEmptySubsequences: false).count >= 60 }
    #expect(wide != nil, "after growing to 200×60 nothing was drawn past column 120")
    session.resize(width: 60, height: 20)
    let narrow = await session.waitFor {
      ScreenText.usedWidth($0) <= 60 && $0.split(separator: "\n", omittingEmptySubsequences: false).count <= 21
        && (ScreenText.decimals(in: $0).count >= 3 || $0.localizedCaseInsensitiveContains("too small"))
    }
    #expect(narrow != nil, "after shrinking to 60×20 the screen was not laid out again")
  }

  /// A pane nobody looks at still says how the accounts stand: tmux shows the title margintop
  /// sets (the worst level and its account).
  @Test func theWindowTitleCarriesTheWorstLevel() async throws {
    let session = try await start(width: 100, height: 30)
    defer { session.kill() }
    var title = ""
    for _ in 0..<40 {
      title = session.paneVariable("pane_title")
      if title.hasPrefix("margintop · ") && title != "margintop · waiting" { break }
      try await Task.sleep(for: .milliseconds(250))
    }
    #expect(title.hasPrefix("margintop · "), "pane title: \(title)")
    #expect(["ok", "watch", "warn", "DANGER", "CRITICAL", "UNKNOWN"].contains { title.contains($0) }, "pane title: \(title)")
  }

  @Test func quitLeavesTheTerminalSane() async throws {
    let session = try await start()
    defer { session.kill() }
    session.send("q")
    let ended = await session.waitFor(ScreenText.hasExited)
    let screen = try #require(ended, "q did not end margintop; screen:\n\(session.capture())")
    #expect(ScreenText.exitStatus(in: screen) == 0)
    #expect(ScreenText.sttyIsSane(screen), "terminal modes not restored:\n\(screen)")
  }

  @Test(arguments: [(SIGTERM, 143), (SIGHUP, 129), (SIGINT, 0)])
  func signalsRestoreTheTerminal(signal: Int32, status: Int) async throws {
    let session = try await start()
    defer { session.kill() }
    let pid = try #require(session.programPID(), "margintop's pid not found")
    #expect(kill(pid, signal) == 0)
    let ended = await session.waitFor(ScreenText.hasExited)
    let screen = try #require(ended, "signal \(signal) did not end margintop; screen:\n\(session.capture())")
    #expect(ScreenText.exitStatus(in: screen) == status)
    #expect(ScreenText.sttyIsSane(screen), "terminal modes not restored:\n\(screen)")
  }

  /// Deadly signals (a crash, Ctrl-\, the user signals) end margintop by that signal, with the
  /// terminal put back first: cooked modes, cursor shown, alternate screen left (issue #12).
  @Test(arguments: [SIGSEGV, SIGQUIT, SIGUSR1, SIGUSR2, SIGABRT, SIGBUS, SIGILL, SIGFPE])
  func fatalSignalsRestoreTheTerminal(signal: Int32) async throws {
    let session = try await start()
    defer { session.kill() }
    #expect(session.paneVariable("cursor_flag") == "0", "the dashboard hides the cursor")
    let pid = try #require(session.programPID(), "margintop's pid not found")
    // The process holds secrets: it may write no core file.
    let limits = try String(contentsOfFile: "/proc/\(pid)/limits", encoding: .utf8)
    let core = limits.split(separator: "\n").first { $0.hasPrefix("Max core file size") }
    #expect(core?.split(separator: " ", omittingEmptySubsequences: true).dropFirst(4).prefix(2) == ["0", "0"])
    #expect(kill(pid, signal) == 0)
    let ended = await session.waitFor(timeout: .seconds(20), ScreenText.hasExited)
    let screen = try #require(ended, "signal \(signal) did not end margintop; screen:\n\(session.capture())")
    #expect(ScreenText.exitStatus(in: screen) == 128 + Int(signal))
    #expect(ScreenText.sttyIsSane(screen), "terminal modes not restored:\n\(screen)")
    #expect(session.paneVariable("cursor_flag") == "1", "the cursor is still hidden")
    #expect(session.paneVariable("alternate_on") == "0", "still on the alternate screen")
  }

  /// Ctrl-\ (SIGQUIT from the terminal) quits at once, with the terminal put back and no crash
  /// report waiting for a key (issue #12: it used to be ignored).
  @Test func ctrlBackslashQuitsWithTheTerminalRestored() async throws {
    let session = try await start()
    defer { session.kill() }
    session.send("C-\\")
    let ended = await session.waitFor(timeout: .seconds(20), ScreenText.hasExited)
    let screen = try #require(ended, "Ctrl-\\ did not end margintop; screen:\n\(session.capture())")
    #expect(ScreenText.exitStatus(in: screen) == 128 + Int(SIGQUIT))
    #expect(ScreenText.sttyIsSane(screen), "terminal modes not restored:\n\(screen)")
    #expect(!screen.contains("Program crashed"))
    #expect(session.paneVariable("cursor_flag") == "1", "the cursor is still hidden")
  }

  @Test(arguments: ["xterm-256color", "screen", "linux", "vt100"])
  func readableUnderEveryTerm(term: String) async throws {
    let session = try await start(term: term)
    defer { session.kill() }
    let coloured = try #require(await session.waitFor(escapes: true) { _ in true })
    if term == "vt100" {
      #expect(!ScreenText.hasColourEscapes(coloured), "vt100 has no colours, yet colours were sent")
    } else {
      #expect(ScreenText.hasColourEscapes(coloured), "\(term) has colours, yet none were used")
    }
    session.send("q")
    let ended = await session.waitFor(ScreenText.hasExited)
    #expect(ended.flatMap(ScreenText.exitStatus) == 0)
  }

  @Test func noColorEnvironmentGivesMonochrome() async throws {
    let session = try TmuxSession(arguments: Self.demo, environment: ["NO_COLOR": "1"])
    defer { session.kill() }
    let screen = await session.waitFor(timeout: .seconds(20), escapes: true) { ScreenText.showsDashboard($0) }
    let shown = try #require(screen, "the dashboard never appeared")
    #expect(!ScreenText.hasColourEscapes(shown), "NO_COLOR=1 still sent colours")
  }
}
