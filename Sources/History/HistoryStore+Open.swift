import ExchangeModel
import Foundation
import GRDB

extension HistoryStore {
  /// A store and what happened while opening it (a bad file moved aside), for the status line.
  public struct Opening: Sendable {
    public let store: HistoryStore
    /// Messages for the user; empty when the file opened as it was.
    public let warnings: [String]
  }

  /// Opens (or creates) the database at `path`, in WAL mode with the busy timeout, and runs
  /// the migrations. A file SQLite finds corrupt or not a database is renamed to
  /// `path.corrupt-YYYYMMDDTHHMMSSZ` (with its `-wal` and `-shm`) and a fresh one started.
  /// Any other failure (a lock, a full disk, a read-only file) is not the file's fault: it is
  /// tried once more, as another instance may have been upgrading the same file, then thrown.
  /// `upgrading` is called before a file of an earlier schema is rewritten, which takes seconds
  /// for a month of history.
  public static func open(
    path: String, settings: HistorySettings = .standard, clock: HistoryClock = .system,
    upgrading: () -> Void = {}
  ) throws(HistoryError) -> Opening {
    let directory = (path as NSString).deletingLastPathComponent
    do {
      try FileManager.default.createDirectory(
        atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    } catch {
      throw HistoryError("history: cannot create \(directory): \(error.localizedDescription)")
    }
    let firstError: any Error
    do {
      return Opening(store: try connect(path: path, settings: settings, clock: clock, upgrading: upgrading), warnings: [])
    } catch {
      firstError = error
    }
    guard FileManager.default.fileExists(atPath: path) else {
      throw HistoryError("history: cannot create \(path): " + reason(firstError))
    }
    guard isCorrupt(firstError) else {
      do {
        return Opening(store: try connect(path: path, settings: settings, clock: clock, upgrading: upgrading), warnings: [])
      } catch {
        throw HistoryError("history: cannot open \(path): " + reason(error))
      }
    }
    let aside = path + ".corrupt-" + suffix(clock.now())
    do {
      try FileManager.default.moveItem(atPath: path, toPath: aside)
      for extra in ["-wal", "-shm"] where FileManager.default.fileExists(atPath: path + extra) {
        try FileManager.default.moveItem(atPath: path + extra, toPath: aside + extra)
      }
    } catch {
      throw HistoryError("history: \(path) cannot be opened (\(reason(firstError))) nor moved aside: \(error.localizedDescription)")
    }
    let warning = "history: SQLite finds \(path) corrupt or not a database; moved aside to \(aside), started a new one"
    do {
      return Opening(store: try connect(path: path, settings: settings, clock: clock, upgrading: upgrading), warnings: [warning])
    } catch {
      throw HistoryError(warning + ", which failed too: " + reason(error))
    }
  }

  private static func connect(
    path: String, settings: HistorySettings, clock: HistoryClock, upgrading: () -> Void
  ) throws -> HistoryStore {
    var configuration = Configuration()
    configuration.busyMode = .timeout(TimeInterval(settings.busyTimeout.wholeMilliseconds) / 1000)
    configuration.label = "margintop-history"
    configuration.prepareDatabase { db in
      // WAL with NORMAL sync: a crash loses at most the last transactions, never the file.
      try db.execute(sql: "PRAGMA synchronous = NORMAL")
    }
    let pool = try DatabasePool(path: path, configuration: configuration)
    do {
      try HistorySchema.migrate(pool, upgrading: upgrading)
      // Reading the schema catches a file whose header is fine but whose pages are not.
      _ = try pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") }
    } catch {
      try? pool.close()
      throw error
    }
    return HistoryStore(path: path, pool: pool, settings: settings, clock: clock)
  }

  /// Whether SQLite said the file itself is damaged, the one failure a fresh file cures.
  static func isCorrupt(_ error: any Error) -> Bool {
    guard let error = error as? DatabaseError else { return false }
    return error.resultCode == .SQLITE_CORRUPT || error.resultCode == .SQLITE_NOTADB
  }

  /// `20261202T090457Z`: sorts by time and is safe in a file name.
  static func suffix(_ date: Date) -> String {
    let stamp = Timestamp.text(epochMilliseconds: milliseconds(date))
    return String(stamp.prefix(19)).replacingOccurrences(of: "-", with: "").replacingOccurrences(of: ":", with: "") + "Z"
  }
}
