/// The one sanitiser for text from outside (a venue's reply, a file, the environment) on its way
/// to a terminal: every control or escape character is shown escaped, never sent.
///
/// A currency called `"\u{1B}[2J"` or an OSC title sequence would otherwise clear the user's
/// screen or retitle the window; a right-to-left override would reorder what they read. Escaped
/// forms: `\n`, `\r`, `\t`, `\x1B` for the other C0 controls and DEL, `\u{9B}` for C1 controls,
/// bidirectional overrides and isolates, and the line and paragraph separators. Everything else,
/// backslashes included, passes unchanged, so ordinary text reads as before.
public enum TerminalText {
  /// `text` with every control character escaped; with `keepingNewlines`, `\n` stays a line break
  /// (for multi-line reports), and only the rest is escaped.
  public static func escaped(_ text: String, keepingNewlines: Bool = false) -> String {
    // Most text has nothing to escape: scan the bytes first, and return it as it is.
    guard text.unicodeScalars.contains(where: { needsEscape($0, keepingNewlines: keepingNewlines) }) else { return text }
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      guard needsEscape(scalar, keepingNewlines: keepingNewlines) else {
        out.append(scalar)
        continue
      }
      out.append(contentsOf: escape(scalar).unicodeScalars)
    }
    return String(out)
  }

  /// Whether `text` holds anything `escaped` would change (newlines included).
  public static func hasControlCharacters(_ text: String) -> Bool {
    text.unicodeScalars.contains { needsEscape($0, keepingNewlines: false) }
  }

  /// Whether `scalar` is one that `escaped` escapes (a newline included).
  public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    needsEscape(scalar, keepingNewlines: false)
  }

  private static func needsEscape(_ scalar: Unicode.Scalar, keepingNewlines: Bool) -> Bool {
    switch scalar.value {
    case 0x0A: return !keepingNewlines
    case 0x00...0x1F, 0x7F...0x9F: return true
    // Bidi marks, embeddings, overrides and isolates; line and paragraph separators.
    case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029: return true
    default: return false
    }
  }

  private static func escape(_ scalar: Unicode.Scalar) -> String {
    switch scalar.value {
    case 0x0A: return "\\n"
    case 0x0D: return "\\r"
    case 0x09: return "\\t"
    case 0x00...0x1F, 0x7F: return "\\x" + hex(scalar.value, width: 2)
    default: return "\\u{" + hex(scalar.value, width: 0) + "}"
    }
  }

  private static func hex(_ value: UInt32, width: Int) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }
}
