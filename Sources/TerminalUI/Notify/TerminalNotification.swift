import ExchangeModel

/// The escape sequences that ask the terminal for a desktop notification, which terminals
/// forward over SSH: OSC 9 (iTerm2, WezTerm, kitty, foot, Windows Terminal) and OSC 777
/// (urxvt, VTE terminals such as GNOME Terminal, foot, WezTerm). A terminal that knows neither
/// ignores both. Pure, so the bytes are tested without a terminal.
public enum TerminalNotification {
  /// Longest title and body sent, in characters: notification daemons cut them anyway, and a
  /// long OSC string is a long write on a slow link.
  static let titleLimit = 64
  static let bodyLimit = 240

  /// OSC 9 (`ESC ] 9 ; text BEL`) then OSC 777 (`ESC ] 777 ; notify ; title ; body BEL`); each
  /// wrapped for tmux's passthrough when `insideTmux`. Control characters in the text (from a
  /// venue, a file) are shown escaped, never sent; a `;` in the title, OSC 777's separator,
  /// becomes `,`.
  public static func sequence(title: String, body: String, insideTmux: Bool) -> String {
    let cleanTitle = clean(title, limit: titleLimit).replacingOccurrences(of: ";", with: ",")
    let cleanBody = clean(body, limit: bodyLimit)
    let osc9 = "\u{1b}]9;" + cleanTitle + ": " + cleanBody + "\u{7}"
    let osc777 = "\u{1b}]777;notify;" + cleanTitle + ";" + cleanBody + "\u{7}"
    return insideTmux ? tmuxPassthrough(osc9) + tmuxPassthrough(osc777) : osc9 + osc777
  }

  /// `sequence` for tmux: `ESC P tmux; … ESC \` with every ESC inside doubled. tmux 3.3 and
  /// later pass it on only with `set -g allow-passthrough on`.
  public static func tmuxPassthrough(_ sequence: String) -> String {
    "\u{1b}Ptmux;" + sequence.replacingOccurrences(of: "\u{1b}", with: "\u{1b}\u{1b}") + "\u{1b}\\"
  }

  private static func clean(_ text: String, limit: Int) -> String {
    let escaped = TerminalText.escaped(text)
    return escaped.count <= limit ? escaped : String(escaped.prefix(limit - 3)) + "..."
  }
}
