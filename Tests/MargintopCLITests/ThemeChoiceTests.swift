import DashboardCore
import DashboardThemes
import Testing

@testable import MargintopCLI

/// `t` skips themes made for the other background; a theme asked for by name is always kept.
@Suite struct ThemeChoiceTests {
  @Test(arguments: [
    ("auto", ["COLORFGBG": "15;0"], TerminalBackground.dark), ("auto", ["COLORFGBG": "0;15"], .light),
    ("auto", ["COLORFGBG": "0;default;7"], .light), ("auto", ["COLORFGBG": "7;8"], .dark),
    ("auto", [:], .unknown), ("auto", ["COLORFGBG": "garbage"], .unknown), ("auto", ["COLORFGBG": "0;99"], .unknown),
    ("light", ["COLORFGBG": "15;0"], .light), ("dark", [:], .dark),
  ])
  func backgroundIsReadFromTheConfigurationThenCOLORFGBG(configured: String, environment: [String: String], expected: TerminalBackground) {
    #expect(TerminalBackground.detect(configured: configured, environment: environment) == expected)
  }

  @Test func aDarkTerminalSkipsTheLightThemeUnlessItIsAskedFor() {
    let library = ThemeLibrary(files: [])
    let dark = ThemeChoice(requested: "default", library: library, background: .dark)
    #expect(!dark.cycle.contains("light"))
    #expect(dark.cycle.contains("nord") && dark.cycle.contains("monochrome"))
    #expect(dark.cycle.first == "default")

    let asked = ThemeChoice(requested: "light", library: library, background: .dark)
    #expect(asked.cycle.first == "light")
    #expect(asked.cycle.filter { $0 == "light" }.count == 1)

    let light = ThemeChoice(requested: "default", library: library, background: .light)
    #expect(light.cycle.contains("light") && !light.cycle.contains("nord") && !light.cycle.contains("dracula"))
    #expect(light.cycle.contains("monochrome"))

    let unknown = ThemeChoice(requested: "default", library: library, background: .unknown)
    #expect(unknown.cycle.count == library.names.count)
  }
}
