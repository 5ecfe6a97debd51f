import TerminalModel
import Testing

@testable import TerminalUI

@Suite struct KeyDecoderTests {
  private func character(_ value: UInt32) -> KeyPress? { KeyDecoder.decode(.character(value)) }
  private func code(_ value: Int32) -> KeyPress? { KeyDecoder.decode(.keyCode(value)) }

  @Test func printableCharactersIncludingNonASCII() {
    #expect(character(0x71) == .character("q"))
    #expect(character(0x3F) == .character("?"))
    #expect(character(0x2E) == .character("."))
    #expect(character(0xE9) == .character("é"))
  }

  @Test func controlBytes() {
    #expect(character(0x0D) == .enter)
    #expect(character(0x0A) == .enter)
    #expect(character(0x09) == .tab)
    #expect(character(0x1B) == .escape)
    #expect(character(0x7F) == .backspace)
    #expect(character(0x08) == .backspace)
    #expect(character(0x12) == .control("r"))
    #expect(character(0x0C) == .control("l"))
    #expect(character(0x03) == .control("c"))
    #expect(character(0x00) == nil)
    #expect(character(0x1C) == nil)
    #expect(character(0x9B) == nil)
  }

  @Test func cursesKeyCodes() {
    #expect(code(CursesKeyCode.up) == .up)
    #expect(code(CursesKeyCode.down) == .down)
    #expect(code(CursesKeyCode.left) == .left)
    #expect(code(CursesKeyCode.right) == .right)
    #expect(code(CursesKeyCode.pageUp) == .pageUp)
    #expect(code(CursesKeyCode.pageDown) == .pageDown)
    #expect(code(CursesKeyCode.home) == .home)
    #expect(code(CursesKeyCode.end) == .end)
    #expect(code(CursesKeyCode.find) == .home)
    #expect(code(CursesKeyCode.select) == .end)
    #expect(code(CursesKeyCode.enter) == .enter)
    #expect(code(CursesKeyCode.backTab) == .backTab)
    #expect(code(CursesKeyCode.backspace) == .backspace)
  }

  @Test(arguments: 1...12)
  func functionKeys(number: Int) {
    #expect(code(CursesKeyCode.function(number)) == .function(number))
  }

  @Test func resizeIsNotAKey() {
    // Redraw-only: the SIGWINCH source resizes; decoding KEY_RESIZE as an event would loop.
    #expect(code(CursesKeyCode.resize) == nil)
    #expect(code(CursesKeyCode.function(13)) == nil)
  }
}
