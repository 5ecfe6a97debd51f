import DashboardCore
import DashboardThemes

/// The theme the dashboard starts with, and the order `t` cycles through the others.
struct ThemeChoice {
  var library: ThemeLibrary
  /// Theme names starting with the one in use, then the rest in the library's cycle order.
  var cycle: [String]
  /// Problems to report before the screen starts (unknown theme, broken theme file).
  var warnings: [String]

  /// `t` skips the themes made for the other `background`; the requested one is always first,
  /// whatever it suits, because it was chosen.
  init(requested: String, library: ThemeLibrary, background: TerminalBackground = .unknown) {
    self.library = library
    let names = library.names.isEmpty ? ["default"] : library.names
    let name = names.contains(requested) ? requested : "default"
    let start = names.firstIndex(of: name) ?? 0
    cycle = Array(names[start...] + names[..<start]).filter { candidate in
      guard candidate != name, case .success(let theme)? = library.entry(named: candidate)?.theme else { return true }
      return background.suits(variant: theme.variant)
    }
    if !cycle.contains(name) { cycle.insert(name, at: 0) }
    warnings = (library.loadDiagnostics + library.resolve(requested, depth: .indexed256).diagnostics).map { "theme: \($0)" }
  }
}
