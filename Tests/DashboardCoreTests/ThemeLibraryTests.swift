import DashboardCore
import DashboardThemes
import Testing

@Suite("Theme library and search paths")
struct ThemeLibraryTests {
  @Test("a user theme inherits role by role and may use its own palette")
  func inheritance() {
    let user = ThemeFile(
      name: "mine", path: "/home/u/.config/margintop/themes/mine.toml",
      text: """
        inherits = "nord"
        [palette]
        hot = "#ff0000"
        [roles]
        "risk.critical" = { fg = "hot", modifiers = ["bold"] }
        """)
    let library = ThemeLibrary(files: ThemeTestSupport.shippedFiles() + [user])
    let mine = library.resolve("mine", depth: .indexed256)
    let nord = library.resolve("nord", depth: .indexed256)
    #expect(mine.diagnostics.isEmpty)
    #expect(mine.theme[.riskCritical] == CellStyle(foreground: .indexed(196), attributes: .bold))
    for role in ThemeRole.allCases where role != .riskCritical {
      #expect(mine.theme[role] == nord.theme[role], "\(role.rawValue)")
    }
    #expect(library.names.last == "mine")
    #expect(library.entry(named: "mine")?.source == "/home/u/.config/margintop/themes/mine.toml")
  }

  @Test("a later file replaces a built-in of the same name")
  func userOverridesBuiltin() {
    let user = ThemeFile(name: "default", path: "/u/default.toml", text: "[roles]\n\"risk.ok\" = \"blue\"\n")
    let library = ThemeLibrary(files: ThemeTestSupport.shippedFiles() + [user])
    #expect(library.resolve("default", depth: .ansi16).theme[.riskOK] == CellStyle(foreground: .ansi(4)))
    // Roles the user file leaves out are plain, and nord still inherits the user's default.
    #expect(library.resolve("default", depth: .ansi16).theme[.riskWarn] == .plain)
    #expect(library.resolve("colorblind", depth: .indexed256).theme[.text] == .plain)
    #expect(library.entry(named: "default")?.source == "/u/default.toml")
  }

  @Test("t cycles through the themes in order and wraps round")
  func cycling() {
    let library = ThemeTestSupport.shippedLibrary()
    #expect(library.name(after: "default") == "monochrome")
    #expect(library.name(after: "colorblind") == "default")
    #expect(library.name(after: "unknown") == "default")
    #expect(library.themeResolver("nord", .ansi16) == library.resolve("nord", depth: .ansi16).theme)
  }

  @Test("search paths: MARGINTOP_THEMES_DIR, then the user's config; never the executable's or build directory")
  func searchPaths() {
    #expect(ThemeSearchPaths.directories(environment: ["HOME": "/home/u"]) == ["/home/u/.config/margintop/themes"])
    #expect(
      ThemeSearchPaths.directories(environment: ["XDG_CONFIG_HOME": "/cfg/", "HOME": "/home/u"]) == ["/cfg/margintop/themes"])
    #expect(
      ThemeSearchPaths.directories(environment: ["MARGINTOP_THEMES_DIR": "/x", "HOME": "/home/u"])
        == ["/x", "/home/u/.config/margintop/themes"])
    #expect(ThemeSearchPaths.directories(environment: ["MARGINTOP_THEMES_DIR": ""]) == [])
  }

  @Test("discover reads the shipped folder through MARGINTOP_THEMES_DIR")
  func discover() {
    let library = ThemeLibrary.discover(environment: ["MARGINTOP_THEMES_DIR": ThemeTestSupport.shippedDirectory])
    #expect(library.names == ThemeLibrary.shippedOrder)
    #expect(library.entry(named: "nord")?.source == ThemeTestSupport.shippedDirectory + "/nord.toml")
    #expect(library.loadDiagnostics.isEmpty)
  }
}
