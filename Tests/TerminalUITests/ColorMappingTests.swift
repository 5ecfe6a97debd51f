import TerminalModel
import Testing

@testable import TerminalUI

@Suite struct ColorMappingTests {
  @Test func defaultColourIsMinusOneWhenTheTerminalKeepsItsOwn() {
    let mapping = ColorMapping(depth: .ansi16, defaultColors: true)
    #expect(mapping.cursesColor(.default, background: false) == -1)
    #expect(mapping.cursesColor(.default, background: true) == -1)
  }

  @Test func defaultColourFallsBackToWhiteOnBlack() {
    let mapping = ColorMapping(depth: .ansi8, defaultColors: false)
    #expect(mapping.cursesColor(.default, background: false) == 7)
    #expect(mapping.cursesColor(.default, background: true) == 0)
  }

  @Test func brightColoursLoseBrightnessOnEightColours() {
    #expect(ColorMapping(depth: .ansi8, defaultColors: true).cursesColor(.ansi(9), background: false) == 1)
    #expect(ColorMapping(depth: .ansi16, defaultColors: true).cursesColor(.ansi(9), background: false) == 9)
  }

  @Test func indexedColoursPassThroughOn256AndFoldBelow() {
    #expect(ColorMapping(depth: .indexed256, defaultColors: true).cursesColor(.indexed(196), background: false) == 196)
    // 196 is pure red in the cube: bright red on 16 colours, red on 8.
    #expect(ColorMapping(depth: .ansi16, defaultColors: true).cursesColor(.indexed(196), background: false) == 9)
    #expect(ColorMapping(depth: .ansi8, defaultColors: true).cursesColor(.indexed(196), background: false) == 1)
  }

  @Test(arguments: [(16, Int32(0)), (21, 12), (46, 10), (28, 2), (231, 15), (59, 8), (145, 7), (52, 1), (232, 0), (244, 7), (255, 15), (3, 3)])
  func nearestANSI(index: Int, expected: Int32) {
    #expect(ColorMapping.nearestANSI(toIndexed: index) == expected)
  }
}
