/// Where margintop keeps its files, following the XDG base directory specification.
enum ConfigPaths {
  /// `$XDG_CONFIG_HOME/margintop/config.toml`, or `~/.config/margintop/config.toml`.
  static func defaultConfigFile(environment: [String: String], home: String) -> String {
    base("XDG_CONFIG_HOME", fallback: home + "/.config", environment: environment) + "/margintop/config.toml"
  }

  /// `$XDG_STATE_HOME/margintop`, or `~/.local/state/margintop`: where the log goes.
  static func stateDirectory(environment: [String: String], home: String) -> String {
    base("XDG_STATE_HOME", fallback: home + "/.local/state", environment: environment) + "/margintop"
  }

  /// The XDG variable when it holds an absolute path (the spec says to ignore relative ones).
  private static func base(_ variable: String, fallback: String, environment: [String: String]) -> String {
    if let value = environment[variable], value.hasPrefix("/") {
      return value.hasSuffix("/") && value.count > 1 ? String(value.dropLast()) : value
    }
    return fallback
  }
}
