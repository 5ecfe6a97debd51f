import DashboardCore
import Foundation

/// The dashboard's remembered choices in `$XDG_STATE_HOME/margintop/preferences.json`.
///
/// A missing file is no preferences; a file that is not a small regular file or not the
/// expected JSON is ignored with a warning, never fatal (it is only a convenience).
struct PreferencesFile {
  let path: String

  /// Largest file read: a preferences document is a few hundred bytes.
  static let maximumSize = 64 * 1024

  /// The file in the state directory for `environment`.
  static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> PreferencesFile {
    let home = environment["HOME"] ?? NSHomeDirectory()
    return PreferencesFile(path: ConfigPaths.stateDirectory(environment: environment, home: home) + "/preferences.json")
  }

  /// The stored preferences, or `nil` with a warning to log when the file exists but cannot be used.
  func load() -> (preferences: DashboardPreferences?, warning: String?) {
    guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return (nil, nil) }
    guard attributes[.type] as? FileAttributeType == .typeRegular,
      let size = attributes[.size] as? NSNumber, size.intValue <= PreferencesFile.maximumSize,
      let data = FileManager.default.contents(atPath: path)
    else { return (nil, "ignoring \(path): not a small regular file") }
    guard let preferences = DashboardPreferences(json: Array(data)) else {
      return (nil, "ignoring \(path): not a preferences document")
    }
    return (preferences, nil)
  }

  /// Writes `preferences` (best effort: a read-only state directory only costs the memory of
  /// the choices). Returns a warning to log when it could not.
  @discardableResult
  func save(_ preferences: DashboardPreferences) -> String? {
    do {
      try FileManager.default.createDirectory(
        atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true,
        attributes: [.posixPermissions: 0o700])
      try Data(preferences.json.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
      return nil
    } catch {
      return "could not save preferences to \(path)"
    }
  }
}
