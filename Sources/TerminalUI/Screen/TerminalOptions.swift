/// User choices that shape how the screen is set up.
public struct TerminalOptions: Sendable, Hashable {
  /// Force ASCII glyphs (`--ascii`).
  public var forceASCII: Bool
  /// Disable colour (`--no-color`).
  public var noColor: Bool
  /// How long a lone Esc waits for the rest of an escape sequence, unless `ESCDELAY` is set.
  public var escapeDelayMilliseconds: Int

  public init(forceASCII: Bool = false, noColor: Bool = false, escapeDelayMilliseconds: Int = 25) {
    self.forceASCII = forceASCII
    self.noColor = noColor
    self.escapeDelayMilliseconds = escapeDelayMilliseconds
  }
}
