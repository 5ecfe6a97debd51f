import DashboardCore
import Foundation
import Testing

/// Compares a frame's text with `Snapshots/<name>.txt`; `RECORD_SNAPSHOTS=1` rewrites the file.
func assertSnapshot(_ frame: Frame, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
  let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Snapshots")
  let url = directory.appendingPathComponent(name + ".txt")
  let actual = frame.lines.joined(separator: "\n") + "\n"
  let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
  guard !record, let expected = try? String(contentsOf: url, encoding: .utf8) else {
    do {
      try actual.write(to: url, atomically: true, encoding: .utf8)
    } catch {
      Issue.record("could not write snapshot \(name): \(error)", sourceLocation: sourceLocation)
    }
    if !record { Issue.record("recorded missing snapshot \(name); run again", sourceLocation: sourceLocation) }
    return
  }
  #expect(
    actual == expected, "snapshot \(name) differs; RECORD_SNAPSHOTS=1 re-records\n\(lineDiff(expected: expected, actual: actual))",
    sourceLocation: sourceLocation)
}

/// The lines that differ, numbered, as `-` expected and `+` actual.
func lineDiff(expected: String, actual: String) -> String {
  let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
  let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
  var out: [String] = []
  for index in 0..<max(old.count, new.count) {
    let a = index < old.count ? String(old[index]) : nil
    let b = index < new.count ? String(new[index]) : nil
    guard a != b else { continue }
    if let a { out.append(String(format: "%3d -|", index + 1) + a + "|") }
    if let b { out.append(String(format: "%3d +|", index + 1) + b + "|") }
  }
  return out.joined(separator: "\n")
}
