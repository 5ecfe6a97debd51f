import TerminalModel

/// Turns theme colours into curses colour numbers for the terminal's depth, without ever
/// redefining the palette (`init_color` would change the user's terminal over SSH).
public struct ColorMapping: Sendable, Hashable {
  public var depth: ColorDepth
  /// Whether `use_default_colors()` succeeded, so `-1` means the terminal's own colour.
  public var defaultColors: Bool

  public init(depth: ColorDepth, defaultColors: Bool) {
    self.depth = depth
    self.defaultColors = defaultColors
  }

  /// The curses colour number for `color`: `-1` for the terminal default, else a palette index
  /// the terminal has (256-colour indices are folded to the nearest ANSI colour on 8/16).
  public func cursesColor(_ color: TerminalColor, background: Bool) -> Int32 {
    switch color {
    case .default:
      // Without default-colour support, white on black is what curses assumes anyway.
      return defaultColors ? -1 : (background ? 0 : 7)
    case .ansi(let index):
      return fold(ansi: Int32(index & 0x0F))
    case .indexed(let index):
      if depth == .indexed256 { return Int32(index) }
      return fold(ansi: Self.nearestANSI(toIndexed: Int(index)))
    }
  }

  /// An ANSI colour 0–15 limited to what the depth can show (bright ones lose brightness on 8).
  private func fold(ansi: Int32) -> Int32 {
    switch depth {
    case .ansi8: return ansi & 0x07
    case .monochrome: return -1
    case .ansi16, .indexed256: return ansi
    }
  }

  /// The ANSI colour (0–15) nearest to an xterm-256 index: the 6×6×6 cube keeps the channels
  /// near the strongest one, the grey ramp is bucketed into black, bright black, white and bright white.
  public static func nearestANSI(toIndexed index: Int) -> Int32 {
    switch index {
    case ..<16:
      return Int32(max(0, index))
    case 16...231:
      let cube = index - 16
      let levels = [cube / 36, (cube / 6) % 6, cube % 6]
      let strongest = levels.max() ?? 0
      guard strongest > 0 else { return 0 }
      // A channel counts when it is near the strongest one, so (0,2,0) is green, not grey.
      let threshold = max(1, strongest - 1)
      let bits = levels.enumerated().reduce(0) { $0 | ($1.element >= threshold ? 1 << $1.offset : 0) }
      if bits == 7 {
        switch strongest {
        case ...2: return 8
        case 3...4: return 7
        default: return 15
        }
      }
      return Int32(bits + (strongest >= 4 ? 8 : 0))
    default:
      let level = min(index, 255) - 232
      switch level {
      case ..<6: return 0
      case ..<12: return 8
      case ..<18: return 7
      default: return 15
      }
    }
  }
}
