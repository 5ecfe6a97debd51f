import TerminalModel

/// Maps what `wget_wch` returned to a `KeyPress`; `nil` for input the dashboard ignores
/// (`KEY_RESIZE`, which is redraw-only here, unknown key codes, stray control bytes).
public enum KeyDecoder {
  public static func decode(_ input: CursesInput) -> KeyPress? {
    switch input {
    case .character(let value): return decode(character: value)
    case .keyCode(let code): return decode(keyCode: code)
    }
  }

  private static func decode(character value: UInt32) -> KeyPress? {
    switch value {
    case 0x0A, 0x0D: return .enter
    case 0x09: return .tab
    case 0x1B: return .escape
    case 0x08, 0x7F: return .backspace
    case 0x01...0x1A:
      // Ctrl-A is 1 … Ctrl-Z is 26; H, I, J, M were taken above.
      guard let scalar = Unicode.Scalar(value + 0x60) else { return nil }
      return .control(Character(scalar))
    case 0x00...0x1F, 0x80...0x9F:
      return nil
    default:
      guard let scalar = Unicode.Scalar(value) else { return nil }
      return .character(Character(scalar))
    }
  }

  private static func decode(keyCode code: Int32) -> KeyPress? {
    switch code {
    case CursesKeyCode.up: return .up
    case CursesKeyCode.down: return .down
    case CursesKeyCode.left: return .left
    case CursesKeyCode.right: return .right
    case CursesKeyCode.pageUp: return .pageUp
    case CursesKeyCode.pageDown: return .pageDown
    case CursesKeyCode.home, CursesKeyCode.keypadUpperLeft, CursesKeyCode.find: return .home
    case CursesKeyCode.end, CursesKeyCode.keypadLowerLeft, CursesKeyCode.select: return .end
    case CursesKeyCode.enter: return .enter
    case CursesKeyCode.backTab: return .backTab
    case CursesKeyCode.backspace: return .backspace
    default:
      for number in 1...12 where code == CursesKeyCode.function(number) {
        return .function(number)
      }
      return nil
    }
  }
}
