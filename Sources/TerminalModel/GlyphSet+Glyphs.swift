extension GlyphSet {
  /// Horizontal line of a box.
  public var horizontal: Character { self == .unicode ? "─" : "-" }
  /// Vertical line of a box.
  public var vertical: Character { self == .unicode ? "│" : "|" }
  /// Top-left corner.
  public var topLeft: Character { self == .unicode ? "┌" : "+" }
  /// Top-right corner.
  public var topRight: Character { self == .unicode ? "┐" : "+" }
  /// Bottom-left corner.
  public var bottomLeft: Character { self == .unicode ? "└" : "+" }
  /// Bottom-right corner.
  public var bottomRight: Character { self == .unicode ? "┘" : "+" }
  /// A filled meter cell: a full block, which every terminal font draws (the hollow `▯` read
  /// as a missing glyph in common fonts).
  public var meterFull: Character { self == .unicode ? "█" : "#" }
  /// An empty meter cell.
  public var meterEmpty: Character { self == .unicode ? "░" : "." }
  /// A filled gauge cell (the wide margin-usage bar).
  public var gaugeFull: Character { self == .unicode ? "█" : "#" }
  /// An empty gauge cell.
  public var gaugeEmpty: Character { self == .unicode ? "░" : "." }
  /// Shown for a value that does not apply (`nil`), never zero.
  public var notApplicable: String { self == .unicode ? "—" : "-" }
  /// Marks text cut short to fit.
  public var ellipsis: Character { self == .unicode ? "…" : "~" }
  /// Separates items on a status line.
  public var separator: String { self == .unicode ? " · " : " | " }
  /// Sort direction marker: descending (in ASCII a word: a bare `v` reads as the `v` key).
  public var descending: String { self == .unicode ? "↓" : "desc" }
  /// Sort direction marker: ascending.
  public var ascending: String { self == .unicode ? "↑" : "asc" }
  /// What privacy mode shows instead of an amount; fixed length so it leaks no magnitude.
  public var mask: String { self == .unicode ? "•••••" : "*****" }
}

extension GlyphSet {
  /// From one level to the next (`warn → DANGER`).
  public var arrow: String { self == .unicode ? "→" : "->" }
}
