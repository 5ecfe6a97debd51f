import DashboardCore
import DashboardThemes
import Foundation
import Testing

@Suite("Shipped themes")
struct ThemeShippedTests {
  @Test("every theme the issue asks for is shipped, in cycle order")
  func shippedNames() {
    let library = ThemeTestSupport.shippedLibrary()
    #expect(library.names == ThemeLibrary.shippedOrder)
    #expect(Set(ThemeTestSupport.shippedFiles().map(\.name)) == Set(ThemeLibrary.shippedOrder))
  }

  @Test("every shipped theme loads without warnings and resolves every role at every depth", arguments: ThemeLibrary.shippedOrder)
  func loadsAndResolves(name: String) throws {
    let library = ThemeTestSupport.shippedLibrary()
    let entry = try #require(library.entry(named: name))
    #expect(entry.warnings.isEmpty, "\(entry.warnings)")
    let theme = try entry.theme.get()
    for role in ThemeRole.allCases {
      #expect(theme.roles[role] != nil, "\(name) has no style for \(role.rawValue) (not even inherited)")
      #expect(theme.monochrome[role] != nil, "\(name) has no monochrome meaning for \(role.rawValue)")
    }
    for depth in ColorDepth.allCases {
      let resolution = library.resolve(name, depth: depth)
      #expect(resolution.diagnostics.isEmpty)
      #expect(resolution.theme.name == name)
      #expect(Set(resolution.theme.styles.keys) == Set(ThemeRole.allCases))
      for (role, style) in resolution.theme.styles {
        for colour in [style.foreground, style.background] {
          #expect(Self.fits(colour, depth), "\(name) \(role.rawValue) at \(depth): \(colour)")
        }
      }
    }
  }

  @Test("without colour the five risk levels stay distinct in every theme", arguments: ThemeLibrary.shippedOrder)
  func monochromeRiskLevelsDiffer(name: String) {
    let theme = ThemeTestSupport.shippedLibrary().resolve(name, depth: .monochrome).theme
    let levels: [ThemeRole] = [.riskOK, .riskWatch, .riskWarn, .riskDanger, .riskCritical]
    #expect(Set(levels.map { theme[$0] }).count == levels.count)
    #expect(theme[.riskCritical].attributes == [.bold, .reverse])
    #expect(theme[.riskDanger].attributes == .bold)
    #expect(theme[.riskWarn].attributes == .underline)
    #expect(theme[.riskWatch].attributes == [])
    #expect(theme[.riskOK].attributes == .dim)
  }

  @Test("the monochrome theme is attributes only at every depth and matches the monochrome meanings")
  func monochromeThemeHasNoColour() {
    let library = ThemeTestSupport.shippedLibrary()
    for depth in ColorDepth.allCases {
      let theme = library.resolve("monochrome", depth: depth).theme
      #expect(theme.styles.values.allSatisfy { $0.foreground == .default && $0.background == .default })
      #expect(theme == ResolvedTheme(name: "monochrome", depth: depth, styles: library.resolve("default", depth: .monochrome).theme.styles))
    }
  }

  @Test("the colour-blind theme never shows gain against loss, or risk levels, as red against green")
  func colourBlindAvoidsRedGreen() {
    let redGreen: Set<UInt8> = [1, 2, 9, 10]
    let library = ThemeTestSupport.shippedLibrary()
    for depth in [ColorDepth.ansi8, .ansi16] {
      let theme = library.resolve("colorblind", depth: depth).theme
      for role in [ThemeRole.positive, .negative, .riskOK, .riskWarn, .riskDanger, .riskCritical] {
        if case .ansi(let index) = theme[role].foreground {
          #expect(!redGreen.contains(index), "\(role.rawValue) at \(depth)")
        }
      }
    }
    let theme = library.resolve("colorblind", depth: .indexed256).theme
    #expect(theme[.riskWarn].attributes.contains(.underline))
    #expect(theme[.riskDanger].attributes.contains(.bold))
    #expect(theme[.riskCritical].attributes.contains(.reverse))
  }

  @Test("every file in themes/ is compiled in with its exact text (run scripts/generate-builtin-themes.sh after editing one)")
  func builtinsMatchFiles() throws {
    let files = ThemeFileReader().themeFiles(in: ThemeTestSupport.shippedDirectory).files
    #expect(Set(Theme.builtinSources.keys) == Set(files.map(\.name)))
    for file in files {
      #expect(Theme.builtinSources[file.name] == file.text, "ShippedThemeSources.swift is out of date for \(file.name).toml")
    }
  }

  @Test("with no theme files at all every shipped theme is there, from the built-in sources, and the fallback is default")
  func builtinsWithoutFiles() throws {
    let emptyLibrary = ThemeLibrary(files: [])
    #expect(emptyLibrary.names == ThemeLibrary.shippedOrder)
    let shipped = ThemeTestSupport.shippedLibrary()
    for name in ThemeLibrary.shippedOrder {
      let entry = try #require(emptyLibrary.entry(named: name))
      #expect(entry.source == "built-in")
      #expect(entry.warnings.isEmpty)
      for depth in ColorDepth.allCases {
        let resolution = emptyLibrary.resolve(name, depth: depth)
        #expect(resolution.diagnostics.isEmpty)
        #expect(resolution.theme == shipped.resolve(name, depth: depth).theme, "\(name) at \(depth)")
      }
    }
    for depth in ColorDepth.allCases {
      #expect(ResolvedTheme.fallback(depth: depth) == emptyLibrary.resolve("default", depth: depth).theme)
    }
  }

  @Test("a theme file replaces the built-in theme of the same name")
  func fileOverridesBuiltin() throws {
    let mine = ThemeFile(
      name: "nord", path: "/home/u/.config/margintop/themes/nord.toml",
      text: "description = \"My nord\"\n[roles]\n\"risk.ok\" = \"magenta\"\n")
    let library = ThemeLibrary(files: [mine])
    let entry = try #require(library.entry(named: "nord"))
    #expect(entry.source == mine.path)
    let theme = library.resolve("nord", depth: .ansi16).theme
    #expect(theme[.riskOK].foreground == .ansi(5))
    #expect(theme[.positive] == library.resolve("default", depth: .ansi16).theme[.positive], "roles not in the file come from default")
    #expect(library.names == ThemeLibrary.shippedOrder)
  }

  @Test("default keeps the terminal's own colours: ANSI indexes at every colour depth")
  func defaultUsesANSI() {
    let theme = ResolvedTheme.fallback(depth: .indexed256)
    #expect(theme[.text] == .plain)
    #expect(theme[.positive] == CellStyle(foreground: .ansi(2)))
    #expect(theme[.riskCritical] == CellStyle(foreground: .ansi(1), attributes: [.bold, .reverse]))
  }

  private static func fits(_ colour: TerminalColor, _ depth: ColorDepth) -> Bool {
    switch (colour, depth) {
    case (.default, _): true
    case (.ansi(let index), .ansi8): index < 8
    case (.ansi(let index), .ansi16), (.ansi(let index), .indexed256): index < 16
    case (.indexed(let index), .indexed256): index >= 16
    default: false
    }
  }
}
