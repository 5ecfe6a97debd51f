import Alerting
import ExchangeModel
import Foundation

extension Alert {
  /// What changed, in one line: account, currency, subject, figure and levels
  /// (`okx-mcm USDC auto-conversion 5/5: DANGER → CRITICAL`). Text from outside is escaped.
  public func summary(formatter: AmountFormatter, arrow: String) -> String {
    var parts = [TerminalText.escaped(account)]
    if let currency { parts.append(TerminalText.escaped(currency)) }
    parts.append(subject.label)
    if value != nil { parts.append(formatter.alertFigure(value, unit: subject.unit)) }
    return parts.joined(separator: " ") + ": " + levelChange(arrow: arrow)
  }

  /// `warn → DANGER`.
  public func levelChange(arrow: String) -> String {
    previousLevel.label + " " + arrow + " " + level.label
  }

  /// The desktop notification: a title naming the level, and the summary (ASCII arrow: the
  /// notification daemon's font is not the terminal's).
  public func notification(privacy: Bool) -> (title: String, body: String) {
    let formatter = AmountFormatter(privacy: privacy, glyphs: .ascii)
    return ("margintop " + level.label, summary(formatter: formatter, arrow: "->"))
  }

  /// `HH:MM:SS` of `date` in `timeZone`.
  public static func clock(_ date: Date, timeZone: TimeZone) -> String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    let parts = calendar.dateComponents([.hour, .minute, .second], from: date)
    func two(_ value: Int?) -> String {
      let digits = String(value ?? 0)
      return digits.count < 2 ? "0" + digits : digits
    }
    return two(parts.hour) + ":" + two(parts.minute) + ":" + two(parts.second)
  }
}
