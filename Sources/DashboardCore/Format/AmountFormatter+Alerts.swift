import ExchangeModel
import Foundation

extension AmountFormatter {
  /// An alert's figure in its unit (`87.12 %`, `4/5`, `colRes 2`, `75 s`, `2 fields`); a dash for
  /// `nil`; a mask for an amount in privacy mode (ratios, scales and ages reveal no size).
  public func alertFigure(_ value: ExactDecimal?, unit: AlertNotice.Unit) -> String {
    guard let value else { return glyphs.notApplicable }
    let text = value.plainText
    switch unit {
    case .percent: return text + " %"
    case .scale: return text + "/5"
    case .code: return "colRes " + text
    case .seconds: return text + " s"
    case .fields: return value == 1 ? "1 field" : text + " fields"
    case .amount: return privacy ? glyphs.mask : DigitGrouping.grouped(Amount(computed: value))
    }
  }

  /// The figure, then the threshold it crossed when there is one (`87.12 % / 85 %`, `4/5 / 4`).
  public func alertReading(_ notice: AlertNotice) -> String {
    var text = notice.value == nil && notice.threshold == nil ? "" : alertFigure(notice.value, unit: notice.unit)
    guard let threshold = notice.threshold else { return text }
    switch notice.unit {
    // A threshold on a scale or a code is a bare step: `4/5 / 4/5` would read as a fraction.
    case .scale, .code: text += " / " + threshold.plainText
    default: text += " / " + alertFigure(threshold, unit: notice.unit)
    }
    return text
  }
}
