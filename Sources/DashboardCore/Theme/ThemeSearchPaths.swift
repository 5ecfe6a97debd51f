/// Where theme files live, lowest precedence first: the install's `themes/` (or
/// `$MARGINTOP_THEMES_DIR` instead), then `$XDG_CONFIG_HOME/margintop/themes` (default
/// `~/.config/margintop/themes`). Pure: the file-system check is passed in.
public enum ThemeSearchPaths {
  /// The directories to read, lowest precedence first.
  ///
  /// - Parameters:
  ///   - environment: the process environment.
  ///   - executableDirectory: the directory holding the `margintop` executable, if known.
  ///   - fileExists: whether a path exists (injected so this stays testable without a disk).
  public static func directories(
    environment: [String: String], executableDirectory: String?, fileExists: (String) -> Bool
  ) -> [String] {
    var result: [String] = []
    if let override = environment["MARGINTOP_THEMES_DIR"], !override.isEmpty {
      result.append(override)
    } else if let install = installDirectory(executableDirectory: executableDirectory, fileExists: fileExists) {
      result.append(install)
    }
    if let config = environment["XDG_CONFIG_HOME"], !config.isEmpty {
      result.append(join(config, "margintop/themes"))
    } else if let home = environment["HOME"], !home.isEmpty {
      result.append(join(home, ".config/margintop/themes"))
    }
    return result
  }

  /// The install's theme folder: the nearest `themes/` holding `default.toml` in the
  /// executable's directory or above it (a source checkout, `.build/debug/margintop`), else
  /// `<exe>/../share/margintop/themes` (a packaged install).
  static func installDirectory(executableDirectory: String?, fileExists: (String) -> Bool) -> String? {
    guard let executableDirectory, !executableDirectory.isEmpty else { return nil }
    var directory = executableDirectory
    while true {
      let candidate = join(directory, "themes")
      if fileExists(join(candidate, "default.toml")) {
        return candidate
      }
      guard let parent = parent(of: directory) else { break }
      directory = parent
    }
    let shared = join(parent(of: executableDirectory) ?? executableDirectory, "share/margintop/themes")
    return fileExists(join(shared, "default.toml")) ? shared : nil
  }

  private static func join(_ directory: String, _ component: String) -> String {
    directory.hasSuffix("/") ? directory + component : directory + "/" + component
  }

  private static func parent(of path: String) -> String? {
    var trimmed = Substring(path)
    while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
    guard trimmed != "/", let slash = trimmed.lastIndex(of: "/") else { return nil }
    return slash == trimmed.startIndex ? "/" : String(trimmed[..<slash])
  }
}
