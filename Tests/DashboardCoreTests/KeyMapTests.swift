import DashboardCore
import Foundation
import Testing

@Suite("Key table")
struct KeyMapTests {
  @Test("README.md's key section is the table generated from KeyMap")
  func readmeMatches() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
    // The README carries the generated table one heading level down, under "## Keys".
    let body = KeyMap.markdownTable().split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).last ?? ""
    let shifted = body.split(separator: "\n", omittingEmptySubsequences: false)
      .map { $0.hasPrefix("## ") ? "#" + $0 : String($0) }
      .joined(separator: "\n")
      .trimmingCharacters(in: .whitespacesAndNewlines)
    #expect(readme.contains("## Keys\n\n" + shifted + "\n"), "README.md's key table differs from KeyMap.bindings")
  }

  @Test("No key is bound twice, and every action has a key")
  func unique() {
    let keys = KeyMap.bindings.flatMap(\.keys)
    #expect(Set(keys).count == keys.count)
    #expect(Set(KeyMap.bindings.map(\.action)) == Set(KeyAction.allCases))
  }

  @Test("Required bindings", arguments: [
    (KeyPress.character("q"), KeyAction.quit), (.control("c"), .forceQuit), (.function(1), .help), (.character("?"), .help),
    (.function(5), .refreshNow), (.control("r"), .refreshNow), (.character("j"), .moveDown), (.character("G"), .last),
    (.backTab, .previousAccount), (.character("."), .togglePrivacy), (.character("/"), .startFilter),
  ])
  func bound(key: KeyPress, action: KeyAction) {
    #expect(KeyMap.action(for: key) == action)
  }

  @Test("The help overlay lists every binding")
  func helpListsAll() {
    var state = Fixtures.loadedState(tab: 1, size: TerminalSize(width: 120, height: 60))
    Fixtures.press(&state, .character("?"))
    let text = Dashboard.render(state, size: TerminalSize(width: 120, height: 60), theme: Fixtures.theme, glyphs: .unicode).lines.joined()
    for binding in KeyMap.bindings {
      #expect(text.contains(binding.summary), "help misses \(binding.label)")
    }
  }
}
