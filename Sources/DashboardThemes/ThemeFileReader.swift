import Foundation

/// The one place that reads theme files from disk; everything else about themes is pure.
public struct ThemeFileReader: Sendable {
  /// The largest theme file read.
  static let maximumSize = 1 << 20

  /// A reader of the real file system.
  public init() {}

  /// The `*.toml` files of `directory`, sorted by name; a missing directory has none. Files that
  /// cannot be read are reported, not skipped silently.
  public func themeFiles(in directory: String) -> (files: [ThemeFile], diagnostics: [ThemeDiagnostic]) {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return ([], []) }
    var files: [ThemeFile] = []
    var diagnostics: [ThemeDiagnostic] = []
    for fileName in names.sorted() where fileName.hasSuffix(".toml") {
      let path = directory.hasSuffix("/") ? directory + fileName : directory + "/" + fileName
      // A FIFO or device named `*.toml` would block or never end: only regular files are read.
      guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
        attributes[.type] as? FileAttributeType == .typeRegular,
        (attributes[.size] as? NSNumber)?.intValue ?? 0 <= ThemeFileReader.maximumSize
      else {
        diagnostics.append(ThemeDiagnostic(file: path, message: "is not a regular file of at most 1 MB"))
        continue
      }
      guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
        diagnostics.append(ThemeDiagnostic(file: path, message: "cannot be read as UTF-8 text"))
        continue
      }
      files.append(ThemeFile(name: String(fileName.dropLast(".toml".count)), path: path, text: text))
    }
    return (files, diagnostics)
  }
}
