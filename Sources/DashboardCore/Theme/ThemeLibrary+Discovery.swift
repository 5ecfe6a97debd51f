import Foundation

extension ThemeLibrary {
  /// Loads every theme from the search directories (see `ThemeSearchPaths`).
  ///
  /// - Parameters:
  ///   - environment: the process environment (`MARGINTOP_THEMES_DIR`, `XDG_CONFIG_HOME`, `HOME`).
  ///   - executableURL: the running executable, used to find the install's `themes/`.
  ///   - reader: the file access.
  public static func discover(
    environment: [String: String] = ProcessInfo.processInfo.environment,
    executableURL: URL? = Bundle.main.executableURL,
    reader: ThemeFileReader = ThemeFileReader()
  ) -> ThemeLibrary {
    let executableDirectory = executableURL?.resolvingSymlinksInPath().deletingLastPathComponent().path
    let directories = ThemeSearchPaths.directories(
      environment: environment, executableDirectory: executableDirectory, fileExists: reader.fileExists)
    var files: [ThemeFile] = []
    var diagnostics: [ThemeDiagnostic] = []
    for directory in directories {
      let found = reader.themeFiles(in: directory)
      files += found.files
      diagnostics += found.diagnostics
    }
    return ThemeLibrary(files: files, loadDiagnostics: diagnostics)
  }
}
