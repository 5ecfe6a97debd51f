import Testing

@testable import TerminalUI

/// The desktop notification's bytes: OSC 9 and OSC 777, tmux's passthrough, and no control
/// character from the text reaching the terminal.
@Suite struct TerminalNotificationTests {
  @Test func osc9ThenOsc777() {
    let sequence = TerminalNotification.sequence(title: "margintop CRITICAL", body: "okx-main USDC 5/5", insideTmux: false)
    #expect(
      sequence
        == "\u{1b}]9;margintop CRITICAL: okx-main USDC 5/5\u{7}" + "\u{1b}]777;notify;margintop CRITICAL;okx-main USDC 5/5\u{7}")
  }

  @Test func insideTmuxEachSequenceIsWrappedWithItsEscapesDoubled() {
    let sequence = TerminalNotification.sequence(title: "t", body: "b", insideTmux: true)
    #expect(
      sequence
        == "\u{1b}Ptmux;\u{1b}\u{1b}]9;t: b\u{7}\u{1b}\\" + "\u{1b}Ptmux;\u{1b}\u{1b}]777;notify;t;b\u{7}\u{1b}\\")
    #expect(TerminalNotification.tmuxPassthrough("\u{1b}]2;x\u{7}") == "\u{1b}Ptmux;\u{1b}\u{1b}]2;x\u{7}\u{1b}\\")
  }

  @Test func controlCharactersFromTheTextAreEscapedAndTheTitleKeepsItsField() {
    // A currency name that would end the OSC string early and start one of its own.
    let hostile = "USD\u{7}\u{1b}]2;pwned\u{1b}\\\u{9b}"
    let sequence = TerminalNotification.sequence(title: "a;b\u{1b}", body: hostile, insideTmux: false)
    let controls = sequence.unicodeScalars.filter { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }
    // Only the four the sequences themselves need: two ESC ] and two BEL.
    #expect(controls.map(\.value) == [0x1B, 0x07, 0x1B, 0x07])
    #expect(sequence.contains("USD\\x07\\x1B]2;pwned\\x1B\\\\u{9B}"))
    #expect(sequence.hasPrefix("\u{1b}]9;a,b\\x1B: "))
    #expect(sequence.contains("]777;notify;a,b\\x1B;USD"))
  }

  @Test func longTextIsCut() {
    let sequence = TerminalNotification.sequence(title: String(repeating: "t", count: 100), body: String(repeating: "b", count: 1000), insideTmux: false)
    #expect(sequence.contains(String(repeating: "t", count: 61) + "...:"))
    #expect(!sequence.contains(String(repeating: "b", count: 238)))
    #expect(sequence.contains(String(repeating: "b", count: 237) + "...\u{7}"))
  }
}
