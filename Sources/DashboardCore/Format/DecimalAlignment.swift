/// Lines up the decimal points of a right-aligned column of numbers.
enum DecimalAlignment {
  /// `texts` padded on the right so that, right-aligned, their decimal points (or the end of
  /// their integer part) fall in one column. A trailing `marker` (the partial-sum mark) keeps a
  /// slot of its own, blank where a text has none. Texts without digits (`—`, masks, `err`) are
  /// padded like integers.
  static func aligned(_ texts: [String], marker: String) -> [String] {
    let parts = texts.map { text -> (body: String, marked: Bool) in
      text.hasSuffix(marker) ? (String(text.dropLast(marker.count)), true) : (text, false)
    }
    let fractions = parts.map { fractionWidth($0.body) }
    let widest = fractions.max() ?? 0
    let anyMarked = parts.contains { $0.marked }
    return zip(parts, fractions).map { part, fraction in
      var text = part.body + String(repeating: " ", count: widest - fraction)
      if anyMarked { text += part.marked ? marker : String(repeating: " ", count: marker.count) }
      return text
    }
  }

  /// Columns taken by the point and the digits after it (0 without a point).
  private static func fractionWidth(_ text: String) -> Int {
    guard let dot = text.lastIndex(of: ".") else { return 0 }
    return text.distance(from: dot, to: text.endIndex)
  }
}
