import DashboardCore
import DashboardThemes
import Testing

/// One invalid theme per failure mode, with the exact message a user sees.
@Suite("Invalid theme fixtures")
struct ThemeFixtureTests {
  @Test(
    "a broken theme names file, line and key, and falls back to default",
    arguments: [
      ("bad-colour", #"themes/bad-colour.toml:7: roles."risk.warn": unknown colour "yelow""#),
      ("bad-modifier", #"themes/bad-modifier.toml:5: roles."risk.danger".modifiers: unknown modifier "blink" (use bold, dim, underline, reverse or normal)"#),
      ("wrong-type", ##"themes/wrong-type.toml:4: roles."value.negative": expected a colour (a name, "#rrggbb" or 0–255), found bool"##),
      ("index-out-of-range", #"themes/index-out-of-range.toml:2: palette.accent: colour index 300 is outside 0–255"#),
      ("unknown-inherits", #"themes/unknown-inherits.toml:2: inherits: unknown theme "nordd""#),
      ("syntax-error", #"themes/syntax-error.toml:3: Error while parsing key-value pair: expected '=', saw 'y'"#),
    ])
  func brokenTheme(name: String, message: String) throws {
    let library = ThemeLibrary(files: ThemeTestSupport.shippedFiles() + [try ThemeTestSupport.fixture(name)])
    let resolution = library.resolve(name, depth: .indexed256)
    #expect(resolution.diagnostics.map(\.description) == [message])
    #expect(resolution.fellBack)
    #expect(resolution.theme == ResolvedTheme.fallback(depth: .indexed256))
  }

  @Test("an inheritance cycle is an error, not a hang")
  func cycle() throws {
    let messages = try ThemeTestSupport.diagnostics(of: "cycle-a", fixtures: ["cycle-a", "cycle-b"])
    #expect(messages == [#"themes/cycle-b.toml:2: inherits: inheritance cycle cycle-a -> cycle-b -> cycle-a"#])
  }

  @Test("unknown keys, roles and style fields warn, and the theme is still used")
  func unknownKeysWarn() throws {
    let library = ThemeLibrary(files: ThemeTestSupport.shippedFiles() + [try ThemeTestSupport.fixture("unknown-keys")])
    let resolution = library.resolve("unknown-keys", depth: .ansi16)
    #expect(resolution.diagnostics.map(\.description) == [
      "themes/unknown-keys.toml:2: colour_depth: unknown key, ignored",
      #"themes/unknown-keys.toml:5: roles."risk.warm": unknown role, ignored"#,
      #"themes/unknown-keys.toml:6: roles."risk.ok".blink: unknown key, ignored"#,
    ])
    #expect(resolution.diagnostics.allSatisfy { $0.severity == .warning })
    #expect(!resolution.fellBack)
    #expect(resolution.theme.name == "unknown-keys")
    #expect(resolution.theme[.riskOK] == CellStyle(foreground: .ansi(2)))
  }

  @Test("an unknown theme name falls back to default and lists the available ones")
  func unknownName() {
    let resolution = ThemeLibrary(files: []).resolve("nope", depth: .ansi16)
    #expect(resolution.diagnostics.map(\.description) == [
      #"unknown theme "nope" (available: default, monochrome, high-contrast, light, nord, gruvbox-dark, solarized-dark, dracula, colorblind)"#
    ])
    #expect(resolution.theme == ResolvedTheme.fallback(depth: .ansi16))
  }

  @Test("a broken default.toml does not take the other themes down: built-in default stands in")
  func brokenDefault() {
    let broken = ThemeFile(name: "default", path: "themes/default.toml", text: "[roles]\n\"ui.text\" = \"nope\"\n")
    let nord = ThemeTestSupport.shippedFiles().filter { $0.name == "nord" }
    let library = ThemeLibrary(files: nord + [broken])
    #expect(library.resolve("default", depth: .ansi16).theme == ResolvedTheme.fallback(depth: .ansi16))
    let resolution = library.resolve("nord", depth: .indexed256)
    #expect(!resolution.fellBack)
    #expect(resolution.diagnostics.map(\.description) == [#"themes/default.toml:2: roles."ui.text": unknown colour "nope""#])
    #expect(resolution.theme[.header].background == .indexed(110))
  }
}
