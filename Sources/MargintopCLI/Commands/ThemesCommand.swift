import ArgumentParser
import DashboardCore
import DashboardThemes
import Foundation

/// `margintop themes`: lists every theme found, where it comes from, and a sample line in its
/// colours; broken themes are listed with their error.
public struct ThemesCommand: ParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "themes",
    abstract: "List the available themes with a sample line in each.",
    discussion: """
      The shipped themes are compiled in. Theme files are read from $MARGINTOP_THEMES_DIR \
      when set, then from $XDG_CONFIG_HOME/margintop/themes (~/.config/margintop/themes); a \
      file replaces a built-in theme of the same name. Colours are shown when standard output \
      is a terminal and NO_COLOR is not set.
      """)

  @Flag(name: .customLong("no-color"), help: "Print the samples without colour.")
  var noColor = false

  public init() {}

  public func run() throws {
    let environment = ProcessInfo.processInfo.environment
    let library = ThemeLibrary.discover(environment: environment)
    let noColorVariable = !(environment["NO_COLOR"] ?? "").isEmpty
    let colour = !noColor && !noColorVariable && isatty(STDOUT_FILENO) == 1
    let depth = Self.depth(environment: environment)
    print(Self.listing(library, depth: colour ? depth : nil), terminator: "")
    for diagnostic in library.loadDiagnostics {
      FileHandle.standardError.write(Data("margintop: \(diagnostic)\n".utf8))
    }
  }

  /// The listing: per theme a line with its name and source, and an indented sample line; with
  /// SGR escapes at `depth`, or plain when `depth` is nil. Diagnostics follow their theme.
  static func listing(_ library: ThemeLibrary, depth: ColorDepth?) -> String {
    let names = library.names
    let width = names.map(\.count).max() ?? 0
    var output = ""
    for name in names {
      guard let entry = library.entry(named: name) else { continue }
      let padded = name.padding(toLength: width, withPad: " ", startingAt: 0)
      var summary = ""
      if case .success(let theme) = entry.theme, let text = theme.summary {
        summary = "  \(text)"
      }
      output += "\(padded)  \(entry.source)\(summary)\n"
      switch entry.theme {
      case .success:
        let sample = depth.map { ThemeSample.ansi(library.resolve(name, depth: $0).theme) } ?? ThemeSample.plain
        output += "    \(sample)\n"
      case .failure(let error):
        output += "    unusable, falls back to default: \(error)\n"
      }
      for warning in entry.warnings {
        output += "    warning: \(warning)\n"
      }
    }
    return output
  }

  /// The colour depth to show samples at: 256 when the terminal says so, else 16.
  static func depth(environment: [String: String]) -> ColorDepth {
    let term = environment["TERM"] ?? ""
    let colorTerm = environment["COLORTERM"] ?? ""
    return term.contains("256") || !colorTerm.isEmpty ? .indexed256 : .ansi16
  }
}
