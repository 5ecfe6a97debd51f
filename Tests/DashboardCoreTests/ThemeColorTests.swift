import DashboardCore
import DashboardThemes
import Testing

@Suite("Theme colours and the capability ladder")
struct ThemeColorTests {
  @Test("colour literals: default, ANSI names, #rrggbb, 0–255")
  func literals() {
    #expect(ThemeColor(literal: "default") == .default)
    #expect(ThemeColor(literal: "red") == .ansi(1))
    #expect(ThemeColor(literal: "bright-white") == .ansi(15))
    #expect(ThemeColor(literal: "#88C0d0") == .rgb(RGBColor(red: 0x88, green: 0xc0, blue: 0xd0)))
    #expect(ThemeColor(literal: "#88c0d") == nil)
    #expect(ThemeColor(literal: "#88c0dz") == nil)
    #expect(ThemeColor(literal: "yelow") == nil)
    #expect(ThemeColor(index: 7) == .ansi(7))
    #expect(ThemeColor(index: 16) == .indexed(16))
    #expect(ThemeColor(index: 255) == .indexed(255))
    #expect(ThemeColor(index: 256) == nil)
    #expect(ThemeColor(index: -1) == nil)
  }

  @Test("nearest xterm-256 index: cube corners, cube steps, greys")
  func nearest256() {
    func near(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> UInt8 { ColorApproximation.nearest256(RGBColor(red: r, green: g, blue: b)) }
    #expect(near(0, 0, 0) == 16)
    #expect(near(255, 255, 255) == 231)
    #expect(near(255, 0, 0) == 196)
    #expect(near(0, 95, 135) == 24)
    #expect(near(0x88, 0xc0, 0xd0) == 110)  // nord frost -> #87afd7
    #expect(near(128, 128, 128) == 244)  // grey ramp step #808080
    #expect(near(0x28, 0x28, 0x28) == 235)  // gruvbox background #262626
    #expect(near(0xd8, 0xde, 0xe9) == 254)  // nord snow: the ramp is closer than the cube
    for index in UInt8(16)...UInt8(255) {
      let exact = ColorApproximation.rgb(ofIndex: index)
      #expect(ColorApproximation.rgb(ofIndex: near(exact.red, exact.green, exact.blue)) == exact, "index \(index)")
    }
  }

  @Test("nearest ANSI colour: the 16 ANSI values map to themselves, hues and greys sensibly")
  func nearestANSI() {
    for index in UInt8(0)..<16 {
      #expect(ColorApproximation.nearestANSI(ColorApproximation.rgb(ofIndex: index)) == index)
    }
    #expect(ColorApproximation.nearestANSI(RGBColor(hex: "#bf616a") ?? RGBColor(red: 0, green: 0, blue: 0)) == 1)  // nord red
    #expect(ColorApproximation.nearestANSI(RGBColor(hex: "#88c0d0") ?? RGBColor(red: 0, green: 0, blue: 0)) == 14)  // nord frost
    #expect(ColorApproximation.nearestANSI(RGBColor(hex: "#4c566a") ?? RGBColor(red: 0, green: 0, blue: 0)) == 8)  // nord grey
    #expect(ColorApproximation.nearestANSI(RGBColor(hex: "#e69f00") ?? RGBColor(red: 0, green: 0, blue: 0)) == 3)  // Okabe–Ito orange
  }

  @Test("the ladder: 256 keeps ANSI and approximates RGB; 8 folds bright; monochrome drops colour")
  func ladder() {
    let frost = ThemeColor.rgb(RGBColor(red: 0x88, green: 0xc0, blue: 0xd0))
    #expect(frost.terminalColor(depth: .indexed256) == .indexed(110))
    #expect(frost.terminalColor(depth: .ansi16) == .ansi(14))
    #expect(frost.terminalColor(depth: .ansi8) == .ansi(6))
    #expect(frost.terminalColor(depth: .monochrome) == .default)
    #expect(ThemeColor.ansi(9).terminalColor(depth: .indexed256) == .ansi(9))
    #expect(ThemeColor.ansi(9).terminalColor(depth: .ansi8) == .ansi(1))
    #expect(ThemeColor.indexed(196).terminalColor(depth: .ansi16) == .ansi(9))
    #expect(ThemeColor.default.terminalColor(depth: .indexed256) == .default)
  }

  @Test("at 8 colours bright black becomes the default colour dimmed, not invisible black")
  func brightBlackAtEightColours() {
    let theme = Theme(name: "t", roles: [.muted: ThemeStyle(foreground: .ansi(8))])
    #expect(theme.resolved(for: .ansi8)[.muted] == CellStyle(foreground: .default, attributes: .dim))
    #expect(theme.resolved(for: .ansi16)[.muted] == CellStyle(foreground: .ansi(8)))
  }

  @Test("[ansi16] wins at 8/16 colours only; a child's colour is never replaced by its parent's [ansi16]")
  func ansi16Section() {
    let parent = Theme(
      name: "parent", roles: [.riskWarn: ThemeStyle(foreground: .ansi(3)), .bybit: ThemeStyle(foreground: .ansi(3))],
      ansi16: [.riskWarn: ThemeStyle(foreground: .ansi(5)), .bybit: ThemeStyle(foreground: .ansi(13))])
    let child = Theme(name: "child", roles: [.riskWarn: ThemeStyle(foreground: .indexed(214))]).inheriting(from: parent)
    #expect(child.resolved(for: .ansi16)[.riskWarn] == CellStyle(foreground: .ansi(11)))  // its own orange, approximated
    #expect(child.resolved(for: .ansi16)[.bybit] == CellStyle(foreground: .ansi(13)))
    #expect(child.resolved(for: .indexed256)[.riskWarn] == CellStyle(foreground: .indexed(214)))
    #expect(child.resolved(for: .indexed256)[.bybit] == CellStyle(foreground: .ansi(3)))
  }

  @Test("SGR escapes for the sample line")
  func sgr() {
    #expect(CellStyle.plain.sgr == "\u{1B}[0m")
    #expect(CellStyle(foreground: .ansi(1), attributes: [.bold, .reverse]).sgr == "\u{1B}[0;1;7;31m")
    #expect(CellStyle(foreground: .ansi(9), background: .ansi(4)).sgr == "\u{1B}[0;91;44m")
    #expect(CellStyle(foreground: .indexed(110), background: .indexed(235), attributes: [.dim, .underline]).sgr == "\u{1B}[0;2;4;38;5;110;48;5;235m")
    let sample = ThemeSample.ansi(ResolvedTheme.fallback(depth: .ansi16))
    #expect(sample.contains("\u{1B}[0;1;7;31mCRITICAL"))
    #expect(sample.hasSuffix("\u{1B}[0m"))
    #expect(!ThemeSample.plain.contains("\u{1B}"))
  }
}
