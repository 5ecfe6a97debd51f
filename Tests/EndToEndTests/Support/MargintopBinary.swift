import Foundation

/// Finds the built `margintop` executable: beside the test bundle (SwiftPM puts both in
/// `.build/<config>/`), or where `MARGINTOP_BINARY` points.
enum MargintopBinary {
  static var url: URL? {
    if let override = ProcessInfo.processInfo.environment["MARGINTOP_BINARY"] {
      return URL(fileURLWithPath: override)
    }
    let testBinary = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    var candidates = [testBinary.deletingLastPathComponent().appendingPathComponent("margintop")]
    if let first = CommandLine.arguments.first {
      candidates.append(URL(fileURLWithPath: first).deletingLastPathComponent().appendingPathComponent("margintop"))
    }
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
  }
}
