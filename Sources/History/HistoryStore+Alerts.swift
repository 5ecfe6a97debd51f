import ExchangeModel
import Foundation
import GRDB

extension HistoryStore {
  /// Writes one alert. Like a refresh, never throws: a full disk or a lock skips it with the
  /// reason.
  @discardableResult
  public func record(alert: HistoryAlert) -> HistoryWriteResult {
    do {
      try pool.write { db in
        try db.execute(
          sql: """
            INSERT INTO alert (account, at_ms, subject, currency, level, previous_level, message)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """,
          arguments: [
            alert.account, Self.milliseconds(alert.at), alert.subject, alert.currency, alert.level.name,
            alert.previousLevel?.name, alert.message,
          ])
      }
    } catch {
      return .skipped("history: alert for \(alert.account) not recorded: " + HistoryStore.reason(error))
    }
    return .written
  }

  /// The alerts of `account` (every account when `nil`) at or after `since`, oldest first.
  /// A row whose level no version of margintop wrote reads as `unknown`, never as `ok`.
  public func alerts(account: String?, since: Date) throws -> [HistoryAlert] {
    try pool.read { db in
      let rows = try Row.fetchAll(
        db,
        sql: "SELECT * FROM alert WHERE at_ms >= ? AND (? IS NULL OR account = ?) ORDER BY at_ms, id",
        arguments: [Self.milliseconds(since), account, account])
      return rows.compactMap { row in
        guard let account = StoredValue.text(row, "account"), let at = StoredValue.int(row, "at_ms") else { return nil }
        return HistoryAlert(
          account: account, at: Date(timeIntervalSince1970: Double(at) / 1000),
          subject: StoredValue.text(row, "subject") ?? "",
          currency: StoredValue.text(row, "currency"),
          level: StoredValue.text(row, "level").flatMap(RiskLevel.init(storedName:)) ?? .unknown,
          previousLevel: StoredValue.text(row, "previous_level").flatMap(RiskLevel.init(storedName:)),
          message: StoredValue.text(row, "message") ?? "")
      }
    }
  }
}
