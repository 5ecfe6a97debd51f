/// A run of text in one theme role; lines are built from spans and then placed.
struct Span: Sendable, Hashable {
  var text: String
  var role: ThemeRole

  init(_ text: String, _ role: ThemeRole) {
    self.text = text
    self.role = role
  }

  /// Total width of `spans`.
  static func width(_ spans: [Span]) -> Int { spans.reduce(0) { $0 + $1.text.count } }
}
