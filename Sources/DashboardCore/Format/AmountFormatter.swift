import ExchangeModel
import Foundation

/// The one number formatter of the dashboard, and the one place that masks amounts in privacy mode.
///
/// Amounts keep the precision the venue sent (`Amount.fractionDigits`), get thousands separators,
/// and `nil` (not applicable) is a dash, never zero. In privacy mode every amount becomes a mask
/// of fixed length (so it leaks no magnitude) drawn with the neutral `.masked` role, so gain/loss
/// colours cannot leak either. Ratios (margin ratio, margin usage) and risk levels are not
/// amounts: they reveal no size and are what the user watches, so they stay visible.
public struct AmountFormatter: Sendable, Hashable {
  /// Mask every amount.
  public var privacy: Bool
  /// Dash and mask glyphs.
  public var glyphs: GlyphSet
  /// Show the venue's exact text instead of the `DisplayPolicy` rounding.
  public var exact: Bool

  /// A formatter for the given privacy mode, glyph set and exactness.
  public init(privacy: Bool, glyphs: GlyphSet, exact: Bool = false) {
    self.privacy = privacy
    self.glyphs = glyphs
    self.exact = exact
  }

  /// How an amount is coloured when it is shown.
  public enum Tone: Sendable, Hashable {
    /// Balances: zero is dimmed, everything else plain (a negative balance is shown as negative).
    case balance
    /// Gains and losses (uPnL): positive and negative colours.
    case signed
  }

  /// The amount as text: grouped, rounded by `DisplayPolicy` for `unit` (or at the venue's own
  /// precision when `exact`); a dash for `nil`, a mask in privacy mode.
  public func text(_ amount: Amount?, unit: DisplayPolicy.Unit = .quantity) -> String {
    guard let amount else { return glyphs.notApplicable }
    if privacy { return glyphs.mask }
    if exact { return DigitGrouping.grouped(amount) }
    return DisplayPolicy.text(amount.value, unit: unit)
  }

  /// The amount as text with the role to draw it in.
  public func format(_ amount: Amount?, tone: Tone = .balance, unit: DisplayPolicy.Unit = .quantity) -> FormattedText {
    let text = text(amount, unit: unit)
    guard let amount else { return FormattedText(text, role: .muted) }
    if privacy { return FormattedText(text, role: .masked) }
    if amount.isZero { return FormattedText(text, role: .zero) }
    if amount.isNegative { return FormattedText(text, role: .negative) }
    return FormattedText(text, role: tone == .signed ? .positive : .text)
  }

  /// A ratio such as a venue margin ratio: grouped at the venue's precision, never masked.
  public func ratio(_ amount: Amount?) -> String {
    guard let amount else { return glyphs.notApplicable }
    // A ratio of 1e127 (far from any risk) would print 128 digits and push the rest of the line
    // off screen; its magnitude is all that matters.
    if amount.value.magnitude >= AmountFormatter.largeRatio { return (amount.isNegative ? "< -" : "> ") + "1e12" }
    return DigitGrouping.grouped(amount)
  }

  private static let largeRatio: ExactDecimal = 1_000_000_000_000

  /// A fraction as a percentage with two decimals (`0.0123` -> `1.23%`), never masked; above
  /// 999 % it reads `> 999%`, since past 100 % only "past liquidation" matters.
  public func percent(_ fraction: Amount?) -> String {
    guard let fraction else { return glyphs.notApplicable }
    if fraction.value > AmountFormatter.largestPercent { return "> 999%" }
    if fraction.value < -AmountFormatter.largestPercent { return "< -999%" }
    return DigitGrouping.grouped(fraction.value.timesPowerOfTen(2), fractionDigits: 2) + "%"
  }

  private static let largestPercent = ExactDecimal("9.99") ?? 10

  /// The margin usage of a risk reading: its percentage, `≥ 100%` for an account past
  /// liquidation with no meaningful figure (a ratio or balance at or below zero), a dash when
  /// there is no figure.
  public func usage(_ risk: RiskAssessment) -> String {
    if risk.marginUsage == nil && risk.pastLiquidation { return (glyphs == .unicode ? "≥ " : ">= ") + "100%" }
    return percent(risk.marginUsage)
  }

  /// A raw venue field for the detail view: numbers (and numeric strings) masked in privacy mode,
  /// `""` shown as the not-applicable dash.
  public func raw(_ field: RawField) -> String {
    switch field {
    case .string(let s) where s.isEmpty: return glyphs.notApplicable
    case .string(let s) where privacy && Amount(s) != nil: return glyphs.mask
    case .number where privacy: return glyphs.mask
    default: return field.displayText
    }
  }

  /// `text` made to fit `width` columns: the fraction is cut with an ellipsis when it must be, a
  /// number whose integer part cannot fit takes its compact form (`43.51M`), and one that cannot
  /// fit even so becomes `#` marks rather than a wrong number.
  public func fit(_ text: String, width: Int) -> String {
    guard width > 0 else { return "" }
    guard text.count > width else { return text }
    if let dot = text.firstIndex(of: "."), text.distance(from: text.startIndex, to: dot) < width {
      var kept = String(text.prefix(width - 1))
      if kept.hasSuffix(".") { kept.removeLast() }
      return kept + String(glyphs.ellipsis)
    }
    if let compact = CompactNumber.text(text, width: width) { return compact }
    if text.first?.isNumber == true || text.first == "-" {
      return String(repeating: "#", count: width)
    }
    return String(text.prefix(width - 1)) + String(glyphs.ellipsis)
  }
}
