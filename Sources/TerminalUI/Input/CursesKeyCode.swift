import CNcursesw

/// The curses key codes the decoder understands, as plain values (so tests need no curses).
public enum CursesKeyCode {
  public static let up = Int32(KEY_UP)
  public static let down = Int32(KEY_DOWN)
  public static let left = Int32(KEY_LEFT)
  public static let right = Int32(KEY_RIGHT)
  public static let pageUp = Int32(KEY_PPAGE)
  public static let pageDown = Int32(KEY_NPAGE)
  public static let home = Int32(KEY_HOME)
  public static let end = Int32(KEY_END)
  /// Some terminfo entries send Home/End as the keypad's upper-left / lower-left keys.
  public static let keypadUpperLeft = Int32(KEY_A1)
  public static let keypadLowerLeft = Int32(KEY_C1)
  public static let find = Int32(KEY_FIND)
  public static let select = Int32(KEY_SELECT)
  public static let enter = Int32(KEY_ENTER)
  public static let backTab = Int32(KEY_BTAB)
  public static let backspace = Int32(KEY_BACKSPACE)
  public static let resize = Int32(KEY_RESIZE)

  /// `KEY_F(n)`.
  public static func function(_ number: Int) -> Int32 {
    shim_KEY_F(Int32(number))
  }
}
