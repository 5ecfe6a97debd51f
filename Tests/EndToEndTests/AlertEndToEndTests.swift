import Foundation
import Testing

/// The dashboard's alerts as a user meets them in tmux: the bell, the alert line under the
/// header, the `a` log view, and `A` acknowledging them.
@Suite(.serialized, .enabled(if: Tmux.unavailableReason == nil, "tmux is not installed; the end-to-end tests need it"))
struct AlertEndToEndTests {
  /// The alert line's row: under the five header rows.
  static let alertRow = 5

  static func row(_ screen: String, _ index: Int) -> String {
    let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
    return lines.indices.contains(index) ? String(lines[index]) : ""
  }

  static func showsAlertLine(_ screen: String) -> Bool {
    let line = row(screen, alertRow)
    return line.hasPrefix(" ALERT ") && line.contains("→")
  }

  @Test func theDemoRingsTheBellShowsTheAlertLineAndTheLogAndAcknowledges() async throws {
    let launched = ContinuousClock.now
    let session = try TmuxSession(arguments: ["--demo", "--refresh", "1"], width: 120, height: 40)
    defer { session.kill() }
    #expect(session.paneVariable("window_bell_flag") == "0")

    // The episode's first alerts come within its first 15 s (the Bybit isolated account's
    // unknown level at once, then auto-conversion and margin usage).
    let alerted = await session.waitFor(timeout: .seconds(30), Self.showsAlertLine)
    let screen = try #require(alerted, "no alert line; last screen:\n\(session.capture())")
    let line = Self.row(screen, Self.alertRow)
    #expect(["okx-mcm", "okx-futures", "bybit-unified", "bybit-isolated"].contains { line.contains($0) }, "\(line)")
    #expect(line.range(of: #" \d\d:\d\d:\d\d "#, options: .regularExpression) != nil, "\(line)")
    // The header is where it was: the alert line pushes the body down, not the header.
    #expect(Self.row(screen, 0).contains(" All "))
    // tmux marks a window whose pane rang the bell (no client is attached to this session).
    var bell = ""
    for _ in 0..<20 {
      bell = session.paneVariable("window_bell_flag")
      if bell == "1" { break }
      try await Task.sleep(for: .milliseconds(100))
    }
    #expect(bell == "1", "no bell in the pane")

    session.send("a")
    let log = await session.waitFor { $0.contains(" Alerts ") && $0.contains("this session") && $0.contains("value / threshold") }
    let logScreen = try #require(log, "a did not open the alert log; screen:\n\(session.capture())")
    #expect(logScreen.contains("new (A acknowledges)"))
    #expect(logScreen.contains("→"))
    session.send("Escape")
    let closed = await session.waitFor { !$0.contains("value / threshold") && ScreenText.showsDashboard($0) }
    #expect(closed != nil, "Esc did not close the alert log")

    // Between the episode's last rise (≈ 45 s) and the first incident (60 s) no alert comes:
    // acknowledged there, the line stays gone.
    let quiet = launched + .seconds(49)
    if ContinuousClock.now < quiet { try await Task.sleep(until: quiet) }
    session.send("a")
    _ = await session.waitFor { $0.contains("value / threshold") }
    session.send("A")
    let acknowledged = await session.waitFor(timeout: .seconds(5)) { screen in
      !Self.showsAlertLine(screen) && screen.contains("value / threshold") && !screen.contains("new (A acknowledges)")
    }
    let after = try #require(acknowledged, "A did not acknowledge; screen:\n\(session.capture())")
    let count = after.range(of: #"\d+ this session"#, options: .regularExpression).map { after[$0] } ?? ""
    #expect((Int(count.split(separator: " ").first ?? "") ?? 0) >= 3, "\(count)")
    // Every entry keeps its row, marked acknowledged.
    #expect(after.contains("✓"))
    #expect(!after.split(separator: "\n").contains { $0.hasPrefix("│ ! ") })
    session.send("Escape")
    let back = await session.waitFor { ScreenText.showsDashboard($0) && !$0.contains("value / threshold") }
    #expect(back.map { !Self.showsAlertLine($0) } == true, "the alert line came back without a new alert")
  }
}
