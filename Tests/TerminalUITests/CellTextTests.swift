import TerminalModel
import Testing

@testable import TerminalUI

@Suite struct CellTextTests {
  /// A stand-in for wcwidth: combining marks 0, East Asian wide 2, others 1.
  private func width(_ value: UInt32) -> Int32 {
    switch value {
    case 0x0300...0x036F: return 0
    case 0x4E00...0x9FFF: return 2
    default: return 1
    }
  }

  private func scalars(_ character: Character, _ glyphs: GlyphSet = .unicode) -> [UInt32] {
    CellText.scalars(for: character, glyphs: glyphs, columnWidth: width)
  }

  @Test func ordinaryCharactersPassThrough() {
    #expect(scalars("7") == [0x37])
    #expect(scalars("—") == [0x2014])
    #expect(scalars("█") == [0x2588])
  }

  @Test func controlCharactersNeverReachTheTerminal() {
    #expect(scalars("\u{1B}") == [0x3F])
    #expect(scalars("\u{07}") == [0x3F])
    #expect(scalars("\u{9B}") == [0x3F])
  }

  @Test func wideCharactersWouldShiftTheRowSoTheyAreReplaced() {
    #expect(scalars("中") == [0x3F])
  }

  @Test func combiningMarksStayWithTheirBase() {
    #expect(scalars("e\u{301}") == [0x65, 0x301])
  }

  @Test func asciiGlyphsHaveLookalikes() {
    #expect(scalars("—", .ascii) == [0x2D])
    #expect(scalars("│", .ascii) == [0x7C])
    #expect(scalars("┌", .ascii) == [0x2B])
    #expect(scalars("▆", .ascii) == [0x23])
    #expect(scalars("…", .ascii) == [0x2E])
    #expect(scalars("€", .ascii) == [0x3F])
  }
}
