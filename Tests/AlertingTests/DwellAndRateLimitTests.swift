import Alerting
import ExchangeModel
import Foundation
import Testing

/// Dwell, the rate limit and escalation: what keeps a hovering figure from alerting every refresh.
@Suite struct DwellAndRateLimitTests {
  @Test func aLevelMustHoldTheDwellReadingsBeforeItAlerts() {
    var rig = Rig(AlertSettings(dwellReadings: 3))
    #expect(rig.feed(Rig.okx(mgnRatio: "1.4")).isEmpty)
    #expect(rig.feed(Rig.okx(mgnRatio: "1.4")).isEmpty)
    #expect(rig.feed(Rig.okx(mgnRatio: "1.4")).map(\.level) == [.warn])
  }

  @Test func aReadingThatDoesNotHoldRestartsTheDwell() {
    var rig = Rig(AlertSettings(dwellReadings: 2))
    #expect(rig.feed(Rig.okx(mgnRatio: "1.4")).isEmpty)
    #expect(rig.feed(Rig.okx(mgnRatio: "10")).isEmpty)
    #expect(rig.feed(Rig.okx(mgnRatio: "1.4")).isEmpty)
    #expect(rig.feed(Rig.okx(mgnRatio: "1.4")).map(\.level) == [.warn])
  }

  @Test func aLevelMustHoldTheDwellDuration() {
    var rig = Rig(AlertSettings(dwellReadings: 1, dwellSeconds: 30))
    #expect(rig.feed(Rig.okx(mgnRatio: "1.4"), after: 5).isEmpty)
    #expect(rig.feed(Rig.okx(mgnRatio: "1.4"), after: 20).isEmpty)
    #expect(rig.feed(Rig.okx(mgnRatio: "1.4"), after: 10).map(\.level) == [.warn])
  }

  @Test func escalationAlertsAtOnceWithinTheRateLimit() {
    var rig = Rig(AlertSettings(dwellReadings: 1, rateLimitSeconds: 3600))
    #expect(rig.feed(Rig.okx(mgnRatio: "2")).map(\.level) == [.watch])
    #expect(rig.feed(Rig.okx(mgnRatio: "1.4"), after: 1).map(\.level) == [.warn])
    #expect(rig.feed(Rig.okx(mgnRatio: "1.16"), after: 1).map(\.level) == [.danger])
    #expect(rig.feed(Rig.okx(mgnRatio: "1.05"), after: 1).map(\.level) == [.critical])
  }

  @Test func aFallIsHeldBackByTheRateLimitAndReportedOnceItPasses() {
    var rig = Rig(AlertSettings(dwellReadings: 1, rateLimitSeconds: 60))
    #expect(rig.feed(Rig.okx(mgnRatio: "1.16")).map(\.level) == [.danger])
    #expect(rig.feed(Rig.okx(mgnRatio: "10"), after: 10).isEmpty)
    #expect(rig.feed(Rig.okx(mgnRatio: "10"), after: 10).isEmpty)
    let recovered = rig.feed(Rig.okx(mgnRatio: "10"), after: 45)
    #expect(recovered.map(\.level) == [.ok])
    #expect(recovered.first?.previousLevel == .danger)
    #expect(recovered.first?.isEscalation == false)
  }

  @Test func aReturnToTheAlertedLevelWithinTheRateLimitIsNotRealerted() {
    var rig = Rig(AlertSettings(hysteresis: 0, dwellReadings: 1, rateLimitSeconds: 300))
    #expect(rig.feed(Rig.okx(mgnRatio: "1.4")).map(\.level) == [.warn])
    #expect(rig.feed(Rig.okx(mgnRatio: "1.5")).isEmpty)
    #expect(rig.feed(Rig.okx(mgnRatio: "1.4")).isEmpty)
  }

  @Test("A ratio oscillating across a threshold for 100 refreshes alerts once", arguments: [
    // Within the hysteresis band (71.43 % and 68.97 %), with the defaults.
    ("1.4", "1.45", AlertSettings(), 5.0),
    // Wider than the hysteresis (71.43 % / 66.67 %): the default dwell never lets a side hold.
    ("1.4", "1.5", AlertSettings(), 5.0),
    // Wider, with no dwell: the rate limit holds every fall back, so each rise is no escalation.
    ("1.4", "1.5", AlertSettings(dwellReadings: 1), 1.0),
  ])
  func oscillationAlertsOnce(high: String, low: String, settings: AlertSettings, interval: TimeInterval) {
    var rig = Rig(settings)
    var alerts: [Alert] = []
    // Climb into warn first so both cases start from the same held level.
    alerts += rig.feed(Rig.okx(mgnRatio: high))
    alerts += rig.feed(Rig.okx(mgnRatio: high))
    for i in 0..<100 {
      alerts += rig.feed(Rig.okx(mgnRatio: i.isMultiple(of: 2) ? low : high), after: interval)
    }
    #expect(alerts.map(\.level) == [.warn])
  }
}
