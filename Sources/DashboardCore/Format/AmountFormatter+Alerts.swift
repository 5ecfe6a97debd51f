import Alerting
import ExchangeModel
import Foundation

extension AmountFormatter {
  /// An alert's figure in its unit (`87.12 %`, `4/5`, `colRes 2`, `75 s`, `2 fields`); a dash for
  /// `nil`. No unit reveals a size, so privacy mode shows them all.
  public func alertFigure(_ value: ExactDecimal?, unit: AlertUnit) -> String {
    guard let value else { return glyphs.notApplicable }
    let text = value.plainText
    switch unit {
    case .percent: return text + " %"
    case .scale: return text + "/5"
    case .code: return "colRes " + text
    case .seconds: return text + " s"
    case .fields: return value == 1 ? "1 field" : text + " fields"
    }
  }

  /// The figure, then the threshold it crossed when there is one (`87.12 % / 85 %`, `4/5 / 4`).
  public func alertReading(_ alert: Alert) -> String {
    var text = alert.value == nil && alert.threshold == nil ? "" : alertFigure(alert.value, unit: alert.subject.unit)
    guard let threshold = alert.threshold else { return text }
    switch alert.subject.unit {
    // A threshold on a scale or a code is a bare step: `4/5 / 4/5` would read as a fraction.
    case .scale, .code: text += " / " + threshold.plainText
    default: text += " / " + alertFigure(threshold, unit: alert.subject.unit)
    }
    return text
  }
}
