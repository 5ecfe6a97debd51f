/// Caches curses colour pairs by (foreground, background) so a theme uses tens of pairs, never
/// more than the terminal's `COLOR_PAIRS`.
public struct ColorPairRegistry: Sendable {
  /// The answer for one (foreground, background) combination.
  public enum Lookup: Sendable, Hashable {
    /// The pair exists already.
    case existing(Int32)
    /// A new pair number: the caller must `init_extended_pair` it before use.
    case new(Int32)
    /// No pair is left; draw with the default pair 0.
    case exhausted
  }

  private struct Key: Hashable {
    var foreground: Int32
    var background: Int32
  }

  /// How many pairs the terminal has (`COLOR_PAIRS`); pair 0 is the terminal default.
  public let capacity: Int
  private var pairs: [Key: Int32] = [:]

  public init(capacity: Int) {
    self.capacity = max(0, capacity)
  }

  /// How many pairs have been handed out.
  public var count: Int { pairs.count }

  /// The pair for `foreground` on `background` (curses colour numbers, `-1` default).
  public mutating func pair(foreground: Int32, background: Int32) -> Lookup {
    if foreground == -1, background == -1 { return .existing(0) }
    let key = Key(foreground: foreground, background: background)
    if let number = pairs[key] { return .existing(number) }
    let next = Int32(pairs.count + 1)
    guard next < capacity else { return .exhausted }
    pairs[key] = next
    return .new(next)
  }

  /// Forgets every pair (the screen was re-initialised).
  public mutating func reset() {
    pairs.removeAll()
  }
}
