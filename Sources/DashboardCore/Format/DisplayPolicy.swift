import ExchangeModel

/// The one rounding policy for reading amounts on screen; the venue's exact text stays in the
/// model, the detail view and the JSON, and the `x` key shows it instead.
///
/// - USD figures: to the cent, always two decimals (`1,747.80`), so a column of money reads at a
///   glance; a non-zero value that rounds to zero reads `< 0.01` (`> -0.01` below zero).
/// - Quantities of a currency: at most 8 decimals (the finest unit either venue prints for
///   balances), trailing zeros dropped (`0.000000000000000000` reads `0`, `1.50` reads `1.5`);
///   a non-zero value finer than that reads `< 0.00000001`.
/// - Zero is `0` in both.
/// - Too wide for its column: the compact form (`43.51M`, see `CompactNumber`), never a cut
///   integer part.
/// Rounding is half away from zero. Thousands are grouped with `,`.
public enum DisplayPolicy {
  /// What an amount measures, which decides its display precision.
  public enum Unit: Sendable, Hashable {
    case usd
    case quantity
  }

  /// Decimals shown for each unit.
  public static func fractionDigits(_ unit: Unit) -> Int {
    unit == .usd ? 2 : 8
  }

  /// `value` as it reads on screen, grouped.
  public static func text(_ value: ExactDecimal, unit: Unit) -> String {
    if value.isZero { return "0" }
    let digits = fractionDigits(unit)
    let rounded = Amount(value, fractionDigits: digits)
    if rounded.isZero {
      let smallest = "0." + String(repeating: "0", count: digits - 1) + "1"
      return value > 0 ? "< " + smallest : "> -" + smallest
    }
    var text = rounded.text
    if unit == .quantity, text.contains(".") {
      while text.hasSuffix("0") { text.removeLast() }
      if text.hasSuffix(".") { text.removeLast() }
    }
    return DigitGrouping.group(text)
  }

  /// The exact value `text(value, unit:)` stands for (the rounded value), or `nil` for the
  /// `<`/`>` forms of values too small to show: what a reader of the screen knows.
  public static func displayedValue(_ value: ExactDecimal, unit: Unit) -> ExactDecimal? {
    if value.isZero { return 0 }
    let rounded = Amount(value, fractionDigits: fractionDigits(unit))
    return rounded.isZero ? nil : rounded.value
  }
}
