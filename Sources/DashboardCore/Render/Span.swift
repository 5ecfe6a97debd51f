/// A run of text in one theme role; lines are built from spans and then placed.
struct Span: Sendable, Hashable {
  var text: String
  var role: ThemeRole
  /// Marks laid over the role's style without replacing its colour.
  var emphasis: Emphasis = []

  init(_ text: String, _ role: ThemeRole, emphasis: Emphasis = []) {
    self.text = text
    self.role = role
    self.emphasis = emphasis
  }

  /// A mark laid over a role's style: the role's colour (a risk level's, a loss's) stays.
  struct Emphasis: OptionSet, Sendable, Hashable {
    let rawValue: UInt8
    /// The value changed within the highlight window.
    static let changed = Emphasis(rawValue: 1)
    /// The row is the selected one.
    static let selected = Emphasis(rawValue: 2)
    /// Block glyphs (meter and gauge fill): drawn without reverse video, which would paint a
    /// full block in the background colour and make a critical meter look empty.
    static let solid = Emphasis(rawValue: 4)
  }

  /// Total width of `spans`.
  static func width(_ spans: [Span]) -> Int { spans.reduce(0) { $0 + $1.text.count } }
}
