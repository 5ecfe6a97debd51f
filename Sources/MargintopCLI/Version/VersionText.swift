/// The line `margintop --version` prints: `margintop 0.1.0 (commit 0123456789ab)`, or
/// `(unknown commit)` when the build was not stamped with one.
enum VersionText {
  /// The line for this build.
  static var current: String { line(version: BuildStamp.version, commit: BuildStamp.commit) }

  /// The line for `version` built from `commit`.
  static func line(version: String, commit: String?) -> String {
    "margintop \(version) (\(commit.map { "commit \($0)" } ?? "unknown commit"))"
  }
}
