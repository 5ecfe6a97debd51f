import Alerting
import ExchangeModel
import Foundation
import Testing

/// The per-currency venue scales and the account conditions (stale, refused key, decoding, unknown).
@Suite struct CurrencyAndAccountRuleTests {
  static let oneReading = AlertSettings(dwellReadings: 1, rateLimitSeconds: 0)

  @Test func autoConversionStepsThroughTheLevelsAndNamesItsCurrency() {
    var rig = Rig(Self.oneReading)
    var levels: [RiskLevel] = []
    for value in 0...5 {
      let alerts = rig.feed(Rig.currency(autoConversion: value))
      #expect(alerts.allSatisfy { $0.subject == .autoConversion && $0.currency == "USDC" })
      levels += alerts.map(\.level)
    }
    #expect(levels == [.watch, .warn, .danger, .critical])
    let back = rig.feed(Rig.currency(autoConversion: 0))
    #expect(back.map(\.level) == [.ok])
    #expect(back.first?.threshold == 4)
    #expect(back.first?.message == "okx-main: USDC auto-conversion risk 0/5: ok (was CRITICAL)")
  }

  @Test func forcedRepaymentEntersAndLeaves() {
    var rig = Rig(Self.oneReading)
    #expect(rig.feed(Rig.currency(twap: 2)).map { [$0.subject.rawValue, $0.level.name] } == [["forced_repayment", "warn"]])
    #expect(rig.feed(Rig.currency(twap: 1)).map(\.level) == [.watch])
    #expect(rig.feed(Rig.currency(twap: 0)).map(\.level) == [.ok])
  }

  @Test func collateralRestrictionIsWarnThenDangerAndBybitMinusOneIsOK() {
    var rig = Rig(Self.oneReading)
    #expect(rig.feed(Rig.currency(colRes: -1)).isEmpty)
    #expect(rig.feed(Rig.currency(colRes: 1)).map(\.level) == [.warn])
    let restricted = rig.feed(Rig.currency(colRes: 2))
    #expect(restricted.map(\.level) == [.danger])
    #expect(restricted.first?.threshold == 2)
  }

  @Test func aCurrencyThatDisappearsFallsBackToOK() {
    var rig = Rig(Self.oneReading)
    #expect(rig.feed(Rig.currency(autoConversion: 4)).map(\.level) == [.critical])
    #expect(rig.feed(Rig.okx(mgnRatio: "10")).map(\.level) == [.ok])
  }

  @Test func anAccountGoesStaleAfterTheConfiguredTimeAndRecovers() {
    var rig = Rig(AlertSettings(rateLimitSeconds: 0, staleAfterSeconds: 60))
    let timeout = AccountObservation.failure(ExchangeError(kind: .timeout, message: "no answer"))
    #expect(rig.feed(Rig.okx(mgnRatio: "10")).isEmpty)
    #expect(rig.feed(timeout, after: 30).isEmpty)
    let stale = rig.feed(timeout, after: 30)
    #expect(stale.map(\.subject) == [.stale])
    #expect(stale.first?.level == .warn)
    #expect(stale.first?.value == 60)
    #expect(stale.first?.threshold == 60)
    #expect(rig.feed(timeout, after: 30).isEmpty)
    #expect(rig.feed(Rig.okx(mgnRatio: "10")).map { "\($0.subject.rawValue) \($0.level.name)" } == ["stale ok"])
  }

  @Test func anAccountThatNeverAnswersGoesStaleToo() {
    var rig = Rig(AlertSettings(staleAfterSeconds: 20))
    let refused = AccountObservation.failure(ExchangeError(kind: .network, message: "connection refused"))
    #expect(rig.feed(refused).isEmpty)
    #expect(rig.feed(refused, after: 20).map(\.subject) == [.stale])
  }

  @Test func aRefusedKeyAlertsAtOnceAndAPassingOutageDoesNotClearIt() {
    var rig = Rig(AlertSettings(rateLimitSeconds: 0))
    let auth = AccountObservation.failure(ExchangeError(kind: .auth, code: "50113", message: "the API key was rejected"))
    let failing = rig.feed(auth)
    #expect(failing.map(\.subject) == [.failing])
    #expect(failing.first?.level == .danger)
    #expect(rig.feed(.failure(ExchangeError(kind: .timeout, message: "no answer"))).isEmpty)
    #expect(rig.feed(Rig.okx(mgnRatio: "10")).map { "\($0.subject.rawValue) \($0.level.name)" } == ["failing ok"])
  }

  @Test func decodingProblemsAndAnUnknownLevelAlertAfterTheDwell() {
    var rig = Rig(AlertSettings(rateLimitSeconds: 0))
    let bad = Rig.okx(
      mgnRatio: "10", currencies: [CurrencyBalance(currency: "USDT")],
      problems: [DecodingProblem(field: "USDT.twap", text: "abc", message: "not a whole 0-5 level")])
    #expect(rig.feed(bad).isEmpty)
    let alerts = rig.feed(bad)
    #expect(alerts.map(\.subject) == [.decoding, .unknown])
    #expect(alerts.first?.value == 1)
    #expect(alerts.first?.message == "okx-main: decoding problems (1 field): warn (was ok)")
    #expect(rig.feed(Rig.okx(mgnRatio: "10")).isEmpty)
    #expect(rig.feed(Rig.okx(mgnRatio: "10")).map(\.level) == [.ok, .ok])
  }

  @Test func aFailedReadLeavesTheFiguresAsTheyWere() {
    var rig = Rig(Self.oneReading)
    #expect(rig.feed(Rig.currency(autoConversion: 3)).map(\.level) == [.danger])
    #expect(rig.feed(.failure(ExchangeError(kind: .timeout, message: "no answer"))).isEmpty)
    #expect(rig.feed(Rig.currency(autoConversion: 3)).isEmpty)
  }
}
