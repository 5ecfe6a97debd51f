import TerminalModel
import Testing

@testable import TerminalUI

@Suite struct TerminalCapabilitiesTests {
  private func probe(codeset: String = "UTF-8", noColor: String? = nil, hasColors: Bool = true, colors: Int = 256) -> CapabilityProbe {
    CapabilityProbe(codeset: codeset, noColorEnvironment: noColor, hasColors: hasColors, colors: colors)
  }

  @Test(arguments: [(256, ColorDepth.indexed256), (88, .ansi16), (16, .ansi16), (8, .ansi8), (2, .monochrome)])
  func colourDepthFollowsTerminfoColours(colors: Int, expected: ColorDepth) {
    let decided = TerminalCapabilities.decide(probe(colors: colors), forceASCII: false, noColor: false)
    #expect(decided.colorDepth == expected)
  }

  @Test func terminalWithoutColoursIsMonochrome() {
    let decided = TerminalCapabilities.decide(probe(hasColors: false, colors: 0), forceASCII: false, noColor: false)
    #expect(decided.colorDepth == .monochrome)
  }

  @Test func noColorFlagAndNonEmptyEnvironmentGiveMonochrome() {
    #expect(TerminalCapabilities.decide(probe(), forceASCII: false, noColor: true).colorDepth == .monochrome)
    #expect(TerminalCapabilities.decide(probe(noColor: "1"), forceASCII: false, noColor: false).colorDepth == .monochrome)
  }

  @Test func emptyNoColorIsIgnoredAsTheSpecSays() {
    #expect(TerminalCapabilities.decide(probe(noColor: ""), forceASCII: false, noColor: false).colorDepth == .indexed256)
  }

  @Test(arguments: ["UTF-8", "utf8", "UTF8", "utf-8"])
  func utf8CodesetsGiveUnicodeGlyphs(codeset: String) {
    #expect(TerminalCapabilities.decide(probe(codeset: codeset), forceASCII: false, noColor: false).glyphs == .unicode)
  }

  @Test(arguments: ["ANSI_X3.4-1968", "ISO-8859-1", ""])
  func otherCodesetsGiveASCIIGlyphs(codeset: String) {
    #expect(TerminalCapabilities.decide(probe(codeset: codeset), forceASCII: false, noColor: false).glyphs == .ascii)
  }

  @Test func asciiFlagWinsOverAUTF8Locale() {
    #expect(TerminalCapabilities.decide(probe(), forceASCII: true, noColor: false).glyphs == .ascii)
  }
}
