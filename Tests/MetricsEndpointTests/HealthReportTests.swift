import ExchangeModel
import Foundation
import Testing

@testable import MetricsEndpoint

/// `/healthz`: 200 only while every account has a recent success.
@Suite struct HealthReportTests {
  static let accounts = [
    MetricsAccount(name: "okx-main", venue: .okx, staleAfter: 60), MetricsAccount(name: "bybit-main", venue: .bybit, staleAfter: 30),
  ]

  @Test func unhealthyUntilEveryAccountHasAnswered() throws {
    let exporter = MetricsExporter(accounts: Self.accounts)
    let before = exporter.health(at: SnapshotMaker.start)
    #expect(before.httpStatus == 503)
    #expect(before.accounts.map(\.fresh) == [false, false])
    exporter.record(SnapshotMaker.okx(mgnRatio: "4"), account: 0)
    #expect(exporter.health(at: SnapshotMaker.start.addingTimeInterval(1)).httpStatus == 503)
    exporter.record(SnapshotMaker.okx("bybit-main", mgnRatio: "4", at: 2), account: 1)
    let report = exporter.health(at: SnapshotMaker.start.addingTimeInterval(10))
    #expect(report.httpStatus == 200)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(report.json.utf8)) as? [String: Any])
    #expect(object["status"] as? String == "ok")
    let first = try #require((object["accounts"] as? [[String: Any]])?.first)
    #expect(first["account"] as? String == "okx-main")
    #expect(first["exchange"] as? String == "okx")
    #expect(first["fresh"] as? Bool == true)
    #expect(first["age_seconds"] as? Double == 10)
    #expect(first["last_success"] as? String == "2027-01-15T08:00:00.000Z")
    #expect(first["last_error"] is NSNull)
  }

  @Test func anAccountPastItsStaleAfterTimeMakesTheReportStaleWithItsLastError() throws {
    let exporter = MetricsExporter(accounts: Self.accounts)
    exporter.record(SnapshotMaker.okx(mgnRatio: "4"), account: 0)
    exporter.record(SnapshotMaker.okx("bybit-main", mgnRatio: "4"), account: 1)
    exporter.recordFailure(ExchangeError(kind: .network, message: "refused"), account: 1, at: SnapshotMaker.start.addingTimeInterval(20))
    // bybit-main goes stale after 30 s, okx-main after 60 s.
    #expect(exporter.health(at: SnapshotMaker.start.addingTimeInterval(30)).httpStatus == 200)
    let stale = exporter.health(at: SnapshotMaker.start.addingTimeInterval(31))
    #expect(stale.httpStatus == 503)
    #expect(stale.accounts.map(\.fresh) == [true, false])
    #expect(stale.accounts[1].lastErrorKind == "network")
    #expect(stale.json.contains(#""status":"stale""#))
    #expect(stale.json.contains(#""last_error":"network""#))
  }

  @Test func theDocumentIsOneLineWithSortedKeysAndTheAgeToTheMillisecond() {
    let report = HealthReport(accounts: [
      AccountHealth(
        account: "okx \"main\"", exchange: .okx, fresh: true, lastSuccess: SnapshotMaker.start, ageSeconds: 10.0 / 3,
        lastErrorKind: nil),
      AccountHealth(account: "b", exchange: .bybit, fresh: false, lastSuccess: nil, ageSeconds: nil, lastErrorKind: "auth"),
    ])
    #expect(
      report.json
        == #"{"accounts":[{"account":"okx \"main\"","age_seconds":3.333,"exchange":"okx","fresh":true,"last_error":null,"#
        + #""last_success":"2027-01-15T08:00:00.000Z"},{"account":"b","age_seconds":null,"exchange":"bybit","fresh":false,"#
        + #""last_error":"auth","last_success":null}],"status":"stale"}"#)
  }

  @Test func noAccountIsNotHealthy() {
    #expect(MetricsExporter(accounts: []).health(at: SnapshotMaker.start).httpStatus == 503)
  }
}
