/// The environment a hook runs with: a short allow-list from margintop's own, never a credential.
///
/// Built from nothing rather than by removing known secrets, so a variable added to the user's
/// environment later (another tool's token, margintop's `*_env` keys under any name) cannot leak.
enum HookEnvironment {
  /// What a program needs to find its tools, its home, its language and the time zone.
  static let allowed = ["PATH", "HOME", "LANG", "LC_ALL", "LC_CTYPE", "TZ", "USER", "LOGNAME", "TMPDIR"]

  /// The allowed variables of `environment`, minus any whose value is one of `secrets`; `PATH`
  /// falls back to a safe default so a bare program name can be found.
  static func make(from environment: [String: String], secrets: [String]) -> [String: String] {
    var out: [String: String] = [:]
    for name in allowed {
      guard let value = environment[name], !secrets.contains(where: { !$0.isEmpty && value.contains($0) }) else { continue }
      out[name] = value
    }
    if out["PATH"] == nil { out["PATH"] = "/usr/local/bin:/usr/bin:/bin" }
    return out
  }

  /// The program's path: as given when it names a path, else the first executable of that name
  /// on `PATH` (there is no shell to look it up); `nil` when there is none.
  static func resolve(_ program: String, path: String?, isExecutable: (String) -> Bool) -> String? {
    if program.contains("/") { return isExecutable(program) ? program : nil }
    for directory in (path ?? "").split(separator: ":") where !directory.isEmpty {
      let candidate = directory + "/" + program
      if isExecutable(candidate) { return candidate }
    }
    return nil
  }
}
