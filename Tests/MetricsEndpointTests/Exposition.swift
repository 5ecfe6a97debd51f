/// The samples of a Prometheus text exposition, by series (`name{labels}` exactly as written).
struct Exposition {
  let text: String
  let samples: [String: String]
  let comments: Set<String>

  init(_ text: String) {
    self.text = text
    var samples: [String: String] = [:]
    var comments: Set<String> = []
    for line in text.split(separator: "\n").map(String.init) {
      if line.hasPrefix("#") {
        comments.insert(line)
      } else if let space = line.lastIndex(of: " ") {
        samples[String(line[..<space])] = String(line[line.index(after: space)...])
      }
    }
    self.samples = samples
    self.comments = comments
  }

  /// The series whose text contains `fragment` (such as `currency="USDC"`).
  func series(containing fragment: String) -> [String] {
    samples.keys.filter { $0.contains(fragment) }.sorted()
  }
}
