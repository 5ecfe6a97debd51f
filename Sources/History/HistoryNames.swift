import ExchangeModel
import GRDB

/// The ids the database gave account and currency names (tables `account` and `currency`),
/// remembered so that a write looks each name up once. Ids are never deleted, so one read from
/// the file stays right for as long as the file lives.
struct HistoryNames: Sendable {
  /// An account as the configuration names it; the same name on another venue is another account.
  struct Account: Hashable, Sendable {
    var name: String
    var venue: String
  }

  var accounts: [Account: Int64] = [:]
  var currencies: [String: Int64] = [:]

  /// The id of `account`, added to the table when it is new.
  mutating func id(of account: Account, _ db: Database) throws -> Int64 {
    if let id = accounts[account] { return id }
    let arguments: StatementArguments = [account.name, account.venue]
    let id =
      try Int64.fetchOne(db, sql: "SELECT id FROM account WHERE name = ? AND venue = ?", arguments: arguments)
      ?? Self.inserted("INSERT INTO account (name, venue) VALUES (?, ?)", arguments, db)
    accounts[account] = id
    return id
  }

  /// The id of currency `name`, added to the table when it is new.
  mutating func id(ofCurrency name: String, _ db: Database) throws -> Int64 {
    if let id = currencies[name] { return id }
    let id =
      try Int64.fetchOne(db, sql: "SELECT id FROM currency WHERE name = ?", arguments: [name])
      ?? Self.inserted("INSERT INTO currency (name) VALUES (?)", [name], db)
    currencies[name] = id
    return id
  }

  private static func inserted(_ sql: String, _ arguments: StatementArguments, _ db: Database) throws -> Int64 {
    try db.execute(sql: sql, arguments: arguments)
    return db.lastInsertedRowID
  }

  /// The ids of every account named `name` (one per venue it was used on), in order.
  static func accountIDs(named name: String, _ db: Database) throws -> [Int64] {
    try Int64.fetchAll(db, sql: "SELECT id FROM account WHERE name = ? ORDER BY id", arguments: [name])
  }

  /// The ids of every account, in order.
  static func accountIDs(_ db: Database) throws -> [Int64] {
    try Int64.fetchAll(db, sql: "SELECT id FROM account ORDER BY id")
  }
}

extension HistoryNames.Account {
  /// The account `snapshot` is of.
  init(_ snapshot: AccountSnapshot) {
    self.init(name: snapshot.accountName, venue: snapshot.venue.rawValue)
  }
}
