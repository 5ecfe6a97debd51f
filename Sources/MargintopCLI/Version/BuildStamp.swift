#if !MARGINTOP_BUILD_STAMP
  /// The version and commit of this build, as `margintop --version` prints them.
  ///
  /// This is the unstamped build (`swift build`, `swift run`, `swift test`): the version is the
  /// `VERSION` file's (a test keeps the two equal) and the commit is unknown. `scripts/install.sh`
  /// builds with `MARGINTOP_BUILD_STAMP=1` instead, which makes Package.swift define the condition
  /// and compiles the `BuildStamp+Generated.swift` that `scripts/stamp-version.sh` writes.
  enum BuildStamp {
    /// The release version.
    static let version = "0.1.0"
    /// The commit built from, if the build knew it.
    static let commit: String? = nil
  }
#endif
