import DashboardCore
import DashboardThemes
import Foundation

/// Access to the repository's `themes/` and the invalid-theme fixtures, for the theme tests.
enum ThemeTestSupport {
  static let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  static let repositoryRoot = testsDirectory.deletingLastPathComponent().deletingLastPathComponent()
  static let shippedDirectory = repositoryRoot.appendingPathComponent("themes").path
  static let fixturesDirectory = testsDirectory.appendingPathComponent("ThemeFixtures").path

  /// The shipped theme files, with paths shown as `themes/NAME.toml`.
  static func shippedFiles() -> [ThemeFile] {
    ThemeFileReader().themeFiles(in: shippedDirectory).files.map {
      ThemeFile(name: $0.name, path: "themes/\($0.name).toml", text: $0.text)
    }
  }

  /// The shipped library.
  static func shippedLibrary() -> ThemeLibrary {
    ThemeLibrary(files: shippedFiles())
  }

  /// A fixture, with its path shown as `themes/NAME.toml`.
  static func fixture(_ name: String) throws -> ThemeFile {
    let text = try String(contentsOfFile: fixturesDirectory + "/\(name).toml", encoding: .utf8)
    return ThemeFile(name: name, path: "themes/\(name).toml", text: text)
  }

  /// The messages `name` produces in a library of the shipped themes plus `fixtures`.
  static func diagnostics(of name: String, fixtures: [String]) throws -> [String] {
    let library = try ThemeLibrary(files: shippedFiles() + fixtures.map(fixture))
    return library.resolve(name, depth: .indexed256).diagnostics.map(\.description)
  }
}
