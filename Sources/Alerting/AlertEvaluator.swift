import ExchangeModel
import Foundation

/// The alert rules as one pure function: the previous state and one refresh's observation in,
/// the next state and the alerts out. Time comes in as a parameter; nothing here reads a clock.
public enum AlertEvaluator {
  /// Evaluates every subject of one account on one observation made at `now`.
  public static func evaluate(
    _ state: AccountAlertState, observation: AccountObservation, account: String, exchange: Venue,
    settings: AlertSettings, now: Date
  ) -> (state: AccountAlertState, alerts: [Alert]) {
    var next = state
    if next.firstObserved == nil { next.firstObserved = now }
    if case .snapshot = observation { next.lastSuccess = now }
    guard settings.enabled else { return (next, []) }
    var alerts: [Alert] = []
    for (key, reading, dwell) in readings(observation, state: next, settings: settings, now: now) {
      let (subjectState, change) = step(
        next.subjects[key] ?? SubjectState(), reading: reading, dwell: dwell, settings: settings, now: now)
      next.subjects[key] = subjectState
      guard let change else { continue }
      alerts.append(
        alert(
          key, reading: reading, change: change, account: account, exchange: exchange, now: now))
    }
    return (next, alerts)
  }

  /// A level change that is to be alerted: from the level last alerted to the one now held.
  struct Change: Equatable {
    var from: RiskLevel
    var to: RiskLevel
  }

  /// Advances one subject by one reading: hysteresis, then dwell, then the alert decision
  /// (escalation at once, anything else no sooner than the rate limit allows).
  static func step(
    _ state: SubjectState, reading: SubjectReading, dwell: Int, settings: AlertSettings, now: Date
  ) -> (SubjectState, Change?) {
    var s = state
    let target = max(reading.level(holding: s.held), .ok)
    if target == s.held {
      s.pending = nil
      s.pendingCount = 0
      s.pendingSince = nil
    } else {
      if s.pending == target {
        s.pendingCount += 1
      } else {
        s.pending = target
        s.pendingCount = 1
        s.pendingSince = now
      }
      let heldFor = now.timeIntervalSince(s.pendingSince ?? now)
      if s.pendingCount >= max(1, dwell) && heldFor >= settings.dwellSeconds {
        s.held = target
        s.pending = nil
        s.pendingCount = 0
        s.pendingSince = nil
      }
    }
    let effective = s.held >= settings.minimumLevel ? s.held : .ok
    guard effective != s.alerted else { return (s, nil) }
    if effective < s.alerted, let last = s.lastAlertAt, now.timeIntervalSince(last) < settings.rateLimitSeconds {
      return (s, nil)
    }
    let change = Change(from: s.alerted, to: effective)
    s.alerted = effective
    s.lastAlertAt = now
    return (s, change)
  }

  private static func alert(
    _ key: SubjectKey, reading: SubjectReading, change: Change, account: String, exchange: Venue, now: Date
  ) -> Alert {
    let rising = change.to > change.from
    let threshold = reading.thresholds?.threshold(of: rising ? change.to : change.from)
    var text = account + ": "
    if let currency = key.currency { text += currency + " " }
    text += key.subject.phrase
    if let valueText = reading.valueText { text += " " + valueText }
    text += ": " + change.to.label + " (was " + change.from.label + ")"
    return Alert(
      account: account, exchange: exchange, subject: key.subject, currency: key.currency, level: change.to,
      previousLevel: change.from, value: reading.value, threshold: threshold, at: now, message: text)
  }
}
