import GRDB

/// Reads columns without trapping: GRDB's typed subscripts stop the process on a value of the
/// wrong type, and a file on disk may hold anything.
enum StoredValue {
  static func text(_ row: Row, _ column: String) -> String? {
    guard let value = row[column] as DatabaseValue? else { return nil }
    return String.fromDatabaseValue(value)
  }

  static func int(_ row: Row, _ column: String) -> Int64? {
    guard let value = row[column] as DatabaseValue? else { return nil }
    return Int64.fromDatabaseValue(value)
  }

  static func bool(_ row: Row, _ column: String) -> Bool {
    (int(row, column) ?? 0) != 0
  }
}
