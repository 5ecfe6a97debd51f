import Alerting
import ExchangeModel
import Foundation
import Testing

/// Margin usage: entered at the README's thresholds, left only below them by the hysteresis.
@Suite struct MarginUsageRuleTests {
  /// mgnRatio → usage: 2 → 50 %, 1.4 → 71.43 %, 1.45 → 68.97 %, 1.5 → 66.67 %, 1.16 → 86.21 %, 1.05 → 95.24 %.
  static let oneReading = AlertSettings(dwellReadings: 1)

  @Test func entersEachLevelAtItsThreshold() {
    var rig = Rig(Self.oneReading)
    #expect(rig.feed(Rig.okx(mgnRatio: "2.01")).isEmpty)  // 49.75 %
    let watch = rig.feed(Rig.okx(mgnRatio: "2"))
    #expect(watch.map(\.level) == [.watch])
    #expect(watch.first?.previousLevel == .ok)
    #expect(watch.first?.threshold == 50)
    #expect(watch.first?.value == 50)
    #expect(watch.first?.subject == .marginUsage)
    #expect(watch.first?.currency == nil)
    #expect(rig.feed(Rig.okx(mgnRatio: "1.4")).map(\.level) == [.warn])
    #expect(rig.feed(Rig.okx(mgnRatio: "1.16")).map(\.level) == [.danger])
    let critical = rig.feed(Rig.okx(mgnRatio: "1.05"))
    #expect(critical.map(\.level) == [.critical])
    #expect(critical.first?.previousLevel == .danger)
    #expect(critical.first?.message == "okx-main: margin usage 95.24 %: CRITICAL (was DANGER)")
  }

  @Test func leavesALevelOnlyBelowTheHysteresis() {
    var rig = Rig(AlertSettings(dwellReadings: 1, rateLimitSeconds: 0))
    #expect(rig.feed(Rig.okx(mgnRatio: "1.4")).map(\.level) == [.warn])  // 71.43 %
    #expect(rig.feed(Rig.okx(mgnRatio: "1.45")).isEmpty)  // 68.97 %: below 70, above 68
    #expect(rig.feed(Rig.okx(mgnRatio: "1.47")).isEmpty)  // 68.03 %
    let left = rig.feed(Rig.okx(mgnRatio: "1.48"))  // 67.57 %: below 68
    #expect(left.map(\.level) == [.watch])
    #expect(left.first?.previousLevel == .warn)
    #expect(left.first?.threshold == 70)
  }

  @Test func hysteresisIsConfigurable() {
    var rig = Rig(AlertSettings(hysteresis: 0, dwellReadings: 1, rateLimitSeconds: 0))
    #expect(rig.feed(Rig.okx(mgnRatio: "1.4")).map(\.level) == [.warn])
    #expect(rig.feed(Rig.okx(mgnRatio: "1.45")).map(\.level) == [.watch])
  }

  @Test func thresholdsAreConfigurable() {
    var rig = Rig(AlertSettings(marginUsage: LevelThresholds(danger: 60), dwellReadings: 1))
    #expect(rig.feed(Rig.okx(mgnRatio: "1.8")).isEmpty)  // 55.56 %
    #expect(rig.feed(Rig.okx(mgnRatio: "1.5")).map(\.level) == [.danger])
  }

  @Test func pastLiquidationIsCriticalWhateverTheThresholds() {
    var rig = Rig(AlertSettings(marginUsage: LevelThresholds(critical: 200), dwellReadings: 1))
    #expect(rig.feed(Rig.okx(mgnRatio: "0.9")).map(\.level) == [.critical])
  }

  @Test func anUnknownMarginFigureLeavesTheLevelAsItWasAndRaisesUnknown() {
    var rig = Rig(Self.oneReading)
    #expect(rig.feed(Rig.okx(mgnRatio: "1.4")).map(\.level) == [.warn])
    let unknown = rig.feed(Rig.okx(mgnRatio: "", problems: [DecodingProblem(field: "mgnRatio", text: "abc", message: "not a number")]))
    #expect(Set(unknown.map(\.subject)) == [.decoding, .unknown])
    #expect(unknown.allSatisfy { $0.level == .warn })
  }

  @Test func belowTheMinimumLevelNothingIsAlerted() {
    var rig = Rig(AlertSettings(dwellReadings: 1, minimumLevel: .danger))
    #expect(rig.feed(Rig.okx(mgnRatio: "2")).isEmpty)
    #expect(rig.feed(Rig.okx(mgnRatio: "1.4")).isEmpty)
    #expect(rig.feed(Rig.okx(mgnRatio: "1.16")).map(\.level) == [.danger])
    #expect(rig.feed(Rig.okx(mgnRatio: "1.16")).isEmpty)
  }

  @Test func disabledSettingsNeverAlert() {
    var rig = Rig(AlertSettings(enabled: false, dwellReadings: 1))
    #expect(rig.feed(Rig.okx(mgnRatio: "0.9")).isEmpty)
  }

  @Test func perAccountSettingsApplyToTheirAccountOnly() {
    var engine = AlertEngine(
      defaults: AlertSettings(dwellReadings: 1), perAccount: ["calm": AlertSettings(enabled: false)])
    let at = Date(timeIntervalSince1970: 0)
    #expect(engine.observe(Rig.okx(mgnRatio: "1.05"), account: "calm", exchange: .okx, now: at).isEmpty)
    #expect(engine.observe(Rig.okx(mgnRatio: "1.05"), account: "other", exchange: .okx, now: at).map(\.level) == [.critical])
  }
}
