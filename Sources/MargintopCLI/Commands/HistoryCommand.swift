import ArgumentParser
import Foundation
import History

/// `margintop history`: exports the recorded refreshes and minute aggregates as CSV or JSON.
struct HistoryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "history",
    abstract: "Export the recorded history (margin usage, level, equity per account) as CSV or JSON.",
    discussion: """
      Reads $XDG_STATE_HOME/margintop/history.sqlite (~/.local/state/margintop/history.sqlite), \
      which the dashboard fills on every refresh: each refresh for 48 hours, then one row per \
      minute (min, max, last) for 90 days. Figures are the venue's exact decimal text. \
      See docs/history.md.
      """)

  @Option(help: ArgumentHelp("Only this account's rows.", valueName: "name"))
  var account: String?

  @Option(help: ArgumentHelp("Rows from this far back (30m, 48h, 7d) or since this UTC time (2026-12-01T08:00:00Z).", valueName: "duration|time"))
  var since: String?

  @Flag(help: "Write a JSON array of rows.")
  var json = false

  @Flag(help: "Write CSV with a header line (the default).")
  var csv = false

  func validate() throws {
    if json && csv { throw ValidationError("--json and --csv cannot be used together.") }
    if let since, HistorySince.parse(since, now: Date()) == nil {
      throw ValidationError("--since: expected a duration (30m, 48h, 7d) or a UTC time (2026-12-01T08:00:00Z), got \"\(since)\".")
    }
  }

  func run() throws {
    let path = HistoryPaths.defaultDatabase(environment: Platform.environment, home: Platform.homeDirectory)
    var rows: [HistoryRow] = []
    if Platform.fileExists(path) {
      let opening: HistoryStore.Opening
      do {
        opening = try HistoryStore.open(path: path, upgrading: HistoryRecorder.sayUpgrading)
      } catch {
        Platform.writeError("margintop: \(error)\n")
        throw ExitCode(1)
      }
      for warning in opening.warnings { Platform.writeError("margintop: \(warning)\n") }
      let query = HistoryQuery(account: account, since: since.flatMap { HistorySince.parse($0, now: Date()) })
      do {
        rows = try opening.store.rows(query)
      } catch {
        Platform.writeError("margintop: history: cannot read \(path): \(error)\n")
        throw ExitCode(1)
      }
    } else {
      Platform.writeError("margintop: no history recorded yet (\(path) does not exist)\n")
    }
    Platform.writeOutput(json ? HistoryExport.json(rows) : HistoryExport.csv(rows))
  }
}
