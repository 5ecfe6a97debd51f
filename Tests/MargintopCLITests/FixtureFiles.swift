import Foundation

/// Paths of the test fixtures, found from this source file so tests run from any directory.
enum FixtureFiles {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures").path

  /// The `.toml` files of `folder`, sorted by name.
  static func tomlFiles(in folder: String) -> [String] {
    let dir = root + "/" + folder
    let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
    return names.filter { $0.hasSuffix(".toml") }.sorted()
  }

  /// The repository's root directory.
  static var repositoryRoot: String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
  }
}
