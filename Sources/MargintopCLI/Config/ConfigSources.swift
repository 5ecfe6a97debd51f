import Foundation

/// Where a configuration gets what is outside the file: environment variables and secret files.
///
/// Injected so the parser is tested without touching the process environment or the disk.
struct ConfigSources: Sendable {
  /// The process environment.
  var environment: [String: String]
  /// The user's home directory, for `~/` in paths.
  var homeDirectory: String
  /// Reads a whole file as UTF-8; throws `FileReadError`.
  var readFile: @Sendable (String) throws -> String
  /// The file's permission bits (`0o600`), or `nil` when they cannot be read.
  var fileMode: @Sendable (String) -> UInt16?

  init(
    environment: [String: String], homeDirectory: String, readFile: @escaping @Sendable (String) throws -> String,
    fileMode: @escaping @Sendable (String) -> UInt16?
  ) {
    self.environment = environment
    self.homeDirectory = homeDirectory
    self.readFile = readFile
    self.fileMode = fileMode
  }

  /// The real process environment and file system.
  static var system: ConfigSources {
    ConfigSources(
      environment: Platform.environment, homeDirectory: Platform.homeDirectory, readFile: Platform.readFile,
      fileMode: Platform.fileMode)
  }

  /// `path` with `~/` expanded and, when relative, taken from `directory`.
  func resolve(_ path: String, relativeTo directory: String) -> String {
    if path == "~" { return homeDirectory }
    if path.hasPrefix("~/") { return homeDirectory + "/" + path.dropFirst(2) }
    if path.hasPrefix("/") || directory.isEmpty { return path }
    return directory + "/" + path
  }
}

/// A file could not be read; `reason` is the system's short explanation (`No such file or directory`).
struct FileReadError: Error, Sendable, CustomStringConvertible {
  var reason: String
  init(reason: String) { self.reason = reason }
  var description: String { reason }
}
