import Foundation

extension ThemeLibrary {
  /// Loads the compiled-in themes and every theme file from the search directories (see
  /// `ThemeSearchPaths`).
  ///
  /// - Parameters:
  ///   - environment: the process environment (`MARGINTOP_THEMES_DIR`, `XDG_CONFIG_HOME`, `HOME`).
  ///   - reader: the file access.
  public static func discover(
    environment: [String: String] = ProcessInfo.processInfo.environment,
    reader: ThemeFileReader = ThemeFileReader()
  ) -> ThemeLibrary {
    var files: [ThemeFile] = []
    var diagnostics: [ThemeDiagnostic] = []
    for directory in ThemeSearchPaths.directories(environment: environment) {
      let found = reader.themeFiles(in: directory)
      files += found.files
      diagnostics += found.diagnostics
    }
    return ThemeLibrary(files: files, loadDiagnostics: diagnostics)
  }
}
