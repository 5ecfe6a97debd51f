import Alerting
import DashboardCore
import ExchangeModel
import Foundation
import Testing

@testable import MargintopCLI

/// The session's side of the alert rules: refresh events to alerts under the right account.
@Suite struct AlertMonitorTests {
  struct Source: BalanceSource {
    var accountName: String
    var venue: Venue
    var minimumInterval: Duration = .seconds(1)
    func fetchSnapshot() async throws(ExchangeError) -> AccountSnapshot { throw ExchangeError(kind: .network, message: "unused") }
  }

  static let sources: [any BalanceSource] = [Source(accountName: "okx-a", venue: .okx), Source(accountName: "bybit-b", venue: .bybit)]

  @Test func aRefusedKeyOfTheSecondAccountIsAlertedUnderItsNameAndOtherEventsRaiseNothing() throws {
    var monitor = AlertMonitor(engine: AlertEngine(), sources: Self.sources)
    let at = Date(timeIntervalSince1970: 1_767_225_600)
    let refused = ExchangeError(kind: .auth, code: "10003", httpStatus: 401, message: "API key is invalid.")
    #expect(monitor.observe(.tick(at)).isEmpty)
    #expect(monitor.observe(.key(.character("a"))).isEmpty)
    #expect(monitor.observe(.fetchFailed(account: 7, refused, at: at)).isEmpty)
    let alerts = monitor.observe(.fetchFailed(account: 1, refused, at: at))
    let alert = try #require(alerts.first { $0.subject == .failing })
    #expect(alert.account == "bybit-b" && alert.exchange == .bybit && alert.level == .danger)
    // The rules' state is kept between calls: the same refusal again is not a new alert.
    #expect(monitor.observe(.fetchFailed(account: 1, refused, at: at.addingTimeInterval(5))).isEmpty)
    #expect(alert.previousLevel == .ok && alert.at == at && alert.currency == nil)
  }
}
