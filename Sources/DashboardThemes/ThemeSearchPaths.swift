/// Where theme files live, lowest precedence first: `$MARGINTOP_THEMES_DIR` when set, then
/// `$XDG_CONFIG_HOME/margintop/themes` (default `~/.config/margintop/themes`). The shipped themes
/// are compiled in, so nothing is looked up next to the executable or in the build directory,
/// and a binary behaves the same wherever it is copied.
public enum ThemeSearchPaths {
  /// The directories to read, lowest precedence first.
  ///
  /// - Parameter environment: the process environment.
  public static func directories(environment: [String: String]) -> [String] {
    var result: [String] = []
    if let extra = environment["MARGINTOP_THEMES_DIR"], !extra.isEmpty {
      result.append(extra)
    }
    if let config = environment["XDG_CONFIG_HOME"], !config.isEmpty {
      result.append(join(config, "margintop/themes"))
    } else if let home = environment["HOME"], !home.isEmpty {
      result.append(join(home, ".config/margintop/themes"))
    }
    return result
  }

  private static func join(_ directory: String, _ component: String) -> String {
    directory.hasSuffix("/") ? directory + component : directory + "/" + component
  }
}
