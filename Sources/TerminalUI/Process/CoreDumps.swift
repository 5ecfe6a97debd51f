import CNcursesw

/// Core dumps for this process: off by default, because a core of margintop holds the API key,
/// secret and passphrase in clear.
public enum CoreDumps {
  /// The environment variable that keeps core dumps possible, for a bug report.
  public static let allowVariable = "MARGINTOP_ALLOW_CORE_DUMPS"

  /// Turns core dumps off for the process (`RLIMIT_CORE` 0 and not dumpable), unless
  /// `environment` sets `MARGINTOP_ALLOW_CORE_DUMPS=1`. Returns whether they are now off.
  @discardableResult
  public static func disable(environment: [String: String]) -> Bool {
    if environment[allowVariable] == "1" { return false }
    return shim_disable_core_dumps() == 0
  }

  /// Whether the process may currently write a core file.
  public static var allowed: Bool { shim_core_dumps_allowed() != 0 }
}
