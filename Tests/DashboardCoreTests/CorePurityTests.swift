import Foundation
import Testing

/// DashboardCore is pure: no files, environment, clock, randomness, threads or global mutable
/// state, so the same state and events always give the same frames. A source scan holds it to
/// that, and holds `Alerting`, which the core imports, to the same; the I/O lives in
/// DashboardThemes, TerminalUI and MargintopCLI.
@Suite("DashboardCore stays pure")
struct CorePurityTests {
  /// What a pure core must not name, with why.
  static let forbidden: [(pattern: String, why: String)] = [
    (#"\bFileManager\b|\bFileHandle\b|(Data|String)\(contentsOf|contentsOfFile|\bfopen\b"#, "touches files"),
    (#"\bProcessInfo\b|\bgetenv\b|\bsetenv\b|\bBundle\."#, "reads the process environment"),
    (#"\bDate\(\)|\bDate\.now\b|\bContinuousClock\b|\bSuspendingClock\b|\bDispatchTime\b|\bclock_gettime\b|timeIntervalSinceNow"#,
     "reads a clock"),
    (#"\.random\(|\bSystemRandomNumberGenerator\b|\barc4random"#, "draws random numbers"),
    (#"\bDispatchQueue\b|\bThread\b|\bTask\s*\{|\bTask\.detached\b"#, "starts concurrent work"),
    (#"^\s*import\s+(Glibc|Darwin|Dispatch|TOMLKit|CNcursesw)\b"#, "imports an I/O module"),
    (#"nonisolated\(unsafe\)|^(public |private |fileprivate |internal )?var\s"#, "keeps global mutable state"),
    (#"\bstatic\s+var\s+\w+\s*(:[^={]+)?=|\bstatic\s+var\s+\w+\s*:[^={]+$"#, "keeps static mutable state"),
  ]

  static var coreSources: [URL] {
    let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Sources")
    let files = ["DashboardCore", "Alerting"].flatMap { target in
      FileManager.default.enumerator(at: sources.appendingPathComponent(target), includingPropertiesForKeys: nil)?
        .compactMap { $0 as? URL } ?? []
    }
    return files.filter { $0.pathExtension == "swift" }.sorted { $0.path < $1.path }
  }

  /// The code of a line, without its `//` comment (string literals containing `//` are rare
  /// enough in the core that they only make the scan stricter).
  static func code(_ line: Substring) -> String {
    guard let comment = line.range(of: "//") else { return String(line) }
    return String(line[..<comment.lowerBound])
  }

  @Test("no DashboardCore or Alerting source touches files, the environment, a clock or global mutable state")
  func sourcesArePure() throws {
    let sources = Self.coreSources
    #expect(sources.count > 40, "found only \(sources.count) sources: is the path right?")
    #expect(sources.contains { $0.path.contains("/Sources/Alerting/") }, "Alerting's sources were not found")
    var findings: [String] = []
    for url in sources {
      let text = try String(contentsOf: url, encoding: .utf8)
      for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
        let code = Self.code(line)
        for rule in Self.forbidden where code.range(of: rule.pattern, options: .regularExpression) != nil {
          findings.append("\(url.lastPathComponent):\(number + 1): \(rule.why): \(line.trimmingCharacters(in: .whitespaces))")
        }
      }
    }
    #expect(findings.isEmpty, Comment(rawValue: "\n" + findings.joined(separator: "\n")))
  }

  @Test("the scan catches what it is meant to")
  func scanCatchesViolations() {
    let samples = [
      "let now = Date()", "let home = ProcessInfo.processInfo.environment", "static var cache = [String: Int]()",
      "var counter = 0", "import TOMLKit", "let data = FileManager.default.contents(atPath: p)",
      "nonisolated(unsafe) let x = 1", "static var memo: [Int: Int] = [:]",
    ]
    for sample in samples {
      let caught = Self.forbidden.contains { sample.range(of: $0.pattern, options: .regularExpression) != nil }
      #expect(caught, "\(sample)")
    }
    let allowed = ["public static var groups: [String] {", "  var x = 1", "let date: Date", "// Date() in a comment"]
    for sample in allowed {
      let caught = Self.forbidden.contains { Self.code(Substring(sample)).range(of: $0.pattern, options: .regularExpression) != nil }
      #expect(!caught, "\(sample)")
    }
  }
}
