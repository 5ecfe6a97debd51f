import ExchangeModel
import Foundation

extension AlertEvaluator {
  /// One subject's reading with the dwell it needs.
  typealias Entry = (key: SubjectKey, reading: SubjectReading, dwell: Int)

  /// Every subject the observation says something about, in a stable order (account subjects,
  /// then currencies as the venue sent them). A subject the observation cannot speak to (the
  /// margin figure when a read failed) is left out, so its state stands as it was.
  static func readings(
    _ observation: AccountObservation, state: AccountAlertState, settings: AlertSettings, now: Date
  ) -> [Entry] {
    switch observation {
    case .snapshot(let snapshot): return snapshotReadings(snapshot, state: state, settings: settings)
    case .failure(let error): return failureReadings(error, state: state, settings: settings, now: now)
    }
  }

  private static func snapshotReadings(_ snapshot: AccountSnapshot, state: AccountAlertState, settings: AlertSettings)
    -> [Entry]
  {
    let dwell = settings.dwellReadings
    var out: [Entry] = []
    let risk = snapshot.risk
    if risk.marginLevel != .unknown {
      out.append((SubjectKey(.marginUsage), marginReading(risk, settings: settings), dwell))
    }
    out.append((SubjectKey(.stale), SubjectReading(level: .ok), 1))
    out.append((SubjectKey(.failing), SubjectReading(level: .ok), 1))
    let problems = snapshot.problems.count
    out.append(
      (
        SubjectKey(.decoding),
        SubjectReading(
          value: ExactDecimal(problems), level: problems > 0 ? AlertSettings.conditionLevel : .ok,
          valueText: problems == 1 ? "(1 field)" : "(\(problems) fields)"),
        dwell
      ))
    out.append((SubjectKey(.unknown), SubjectReading(level: risk.level == .unknown ? AlertSettings.conditionLevel : .ok), dwell))

    let scales: [(AlertSubject, LevelThresholds, (CurrencyBalance) -> Int?)] = [
      (.autoConversion, settings.autoConversion, { $0.autoConversionRisk }),
      (.forcedRepayment, settings.forcedRepayment, { $0.forcedRepaymentRisk }),
      (.collateralRestriction, settings.collateralRestriction, { $0.collateralRestriction }),
    ]
    var seen: Set<SubjectKey> = []
    for balance in snapshot.currencies {
      for (subject, thresholds, field) in scales {
        let key = SubjectKey(subject, currency: balance.currency)
        seen.insert(key)
        if let value = field(balance) {
          let text = subject == .collateralRestriction ? "(colRes \(value))" : "\(value)/5"
          out.append(
            (key, SubjectReading(value: ExactDecimal(value), level: thresholds.level(of: ExactDecimal(value)), thresholds: thresholds, valueText: text), dwell))
        } else if state.subjects[key] != nil {
          out.append((key, SubjectReading(level: .ok), dwell))
        }
      }
    }
    // A currency the venue no longer lists (converted, repaid) has nothing left at risk.
    for key in state.subjects.keys.sorted(by: { ($0.currency ?? "", $0.subject.rawValue) < ($1.currency ?? "", $1.subject.rawValue) })
    where key.currency != nil && !seen.contains(key) {
      out.append((key, SubjectReading(level: .ok), dwell))
    }
    return out
  }

  /// Margin usage in percent against the configured thresholds; at or past liquidation is
  /// critical whatever they say, and an account with nothing to liquidate reads ok.
  private static func marginReading(_ risk: RiskAssessment, settings: AlertSettings) -> SubjectReading {
    let thresholds = settings.marginUsage
    guard let usage = risk.marginUsage else {
      return SubjectReading(level: risk.pastLiquidation ? .critical : .ok, valueText: risk.pastLiquidation ? "≥ 100 %" : nil)
    }
    let percent = usage.value.timesPowerOfTen(2).rounded(scale: 2)
    let level: RiskLevel = risk.pastLiquidation ? .critical : thresholds.level(of: percent)
    return SubjectReading(
      value: percent, level: level, thresholds: thresholds, slack: settings.hysteresis, valueText: "\(percent) %")
  }

  private static func failureReadings(_ error: ExchangeError, state: AccountAlertState, settings: AlertSettings, now: Date)
    -> [Entry]
  {
    var out: [Entry] = []
    let since = state.lastSuccess ?? state.firstObserved ?? now
    let age = ExactDecimal(shortest: now.timeIntervalSince(since))?.rounded(scale: 0) ?? 0
    let stale = now.timeIntervalSince(since) >= settings.staleAfterSeconds
    let staleThresholds = LevelThresholds(warn: ExactDecimal(shortest: settings.staleAfterSeconds))
    out.append(
      (
        SubjectKey(.stale),
        SubjectReading(
          value: age, level: stale ? AlertSettings.conditionLevel : .ok, thresholds: staleThresholds,
          valueText: "(no data for \(age) s: \(error.kind.rawValue))"),
        1
      ))
    // A passing outage says nothing about the key, so only a permanent failure moves this subject.
    if error.isPermanent {
      out.append(
        (
          SubjectKey(.failing),
          SubjectReading(level: AlertSettings.failingLevel, valueText: "(\(error.kind.rawValue): \(error.message))"), 1
        ))
    }
    return out
  }
}
