import ExchangeModel

/// Plain-text columns: left-aligned text, right-aligned numbers, two spaces between columns.
/// Cells are shown through `TerminalText`, so a venue's text cannot drive the terminal.
struct TextTable {
  enum Alignment {
    case left
    case right
  }

  var headers: [String]
  var alignments: [Alignment]
  var rows: [[String]] = []

  /// The table's lines, each prefixed with `indent`, without trailing spaces.
  func lines(indent: String = "") -> [String] {
    let all = ([headers] + rows).map { $0.map { TerminalText.escaped($0) } }
    var widths = [Int](repeating: 0, count: headers.count)
    for row in all {
      for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], cell.count) }
    }
    return all.map { row in
      var cells: [String] = []
      for (i, width) in widths.enumerated() {
        let cell = i < row.count ? row[i] : ""
        let pad = String(repeating: " ", count: width - cell.count)
        cells.append(alignments[i] == .right ? pad + cell : cell + pad)
      }
      let line = indent + cells.joined(separator: "  ")
      return String(line.reversed().drop(while: { $0 == " " }).reversed())
    }
  }
}
