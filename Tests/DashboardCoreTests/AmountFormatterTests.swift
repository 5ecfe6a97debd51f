import DashboardCore
import ExchangeModel
import Testing

@Suite("Amount formatter")
struct AmountFormatterTests {
  /// Exact display (`x`): the venue's own precision.
  let plain = AmountFormatter(privacy: false, glyphs: .unicode, exact: true)
  /// The default: rounded by `DisplayPolicy`.
  let rounded = AmountFormatter(privacy: false, glyphs: .unicode)

  @Test("By default amounts are rounded for reading: USD to cents, quantities to 8 decimals without trailing zeros")
  func roundedByDefault() {
    #expect(rounded.text(Amount("0.6612664522199999")) == "0.66126645")
    #expect(rounded.text(Amount("0.000000000000000000")) == "0")
    #expect(rounded.text(Amount("125092.85636955927"), unit: .usd) == "125,092.86")
    #expect(rounded.format(Amount("0.000")) == FormattedText("0", role: .zero))
    #expect(rounded.format(Amount("-17.96136"), tone: .signed, unit: .usd) == FormattedText("-17.96", role: .negative))
  }

  @Test("Exact display: thousands separators and the venue's precision", arguments: [
    ("43749372.50896299", "43,749,372.50896299"),
    ("0.6612664522199999", "0.6612664522199999"),
    ("0.000000000000000000", "0.000000000000000000"),
    ("3000", "3,000"),
    ("100", "100"),
    ("1000000", "1,000,000"),
    ("125092.85636955927", "125,092.85636955927"),
    ("1.50", "1.50"),
    ("+12", "12"),
    ("1e3", "1,000"),
    ("1.5e-3", "0.0015"),
    // Texts that are not already plain go through the exact decimal, never shown as sent.
    ("-0.000", "0.000"),
    ("007.50", "7.50"),
    (".5", "0.5"),
    ("-1234567.5", "-1,234,567.5"),
    ("-123", "-123"),
    ("-0.01", "-0.01"),
  ])
  func grouping(input: String, expected: String) {
    #expect(plain.text(Amount(input)) == expected)
  }

  @Test("Negative amounts keep their sign and use the negative role when signed")
  func negative() {
    #expect(plain.text(Amount("-1250.62505")) == "-1,250.62505")
    #expect(plain.format(Amount("-17.9613"), tone: .signed) == FormattedText("-17.9613", role: .negative))
    #expect(plain.format(Amount("0.3392"), tone: .signed) == FormattedText("0.3392", role: .positive))
    #expect(plain.format(Amount("0.3392")) == FormattedText("0.3392", role: .text))
    #expect(plain.format(Amount("0.000")) == FormattedText("0.000", role: .zero))
  }

  @Test("Not applicable is a dash, never zero")
  func notApplicable() {
    #expect(plain.text(nil) == "—")
    #expect(plain.format(nil) == FormattedText("—", role: .muted))
    #expect(AmountFormatter(privacy: false, glyphs: .ascii).text(nil) == "-")
    #expect(plain.raw(.string("")) == "—")
  }

  @Test("Privacy masks every amount with a fixed-length mask and a neutral role")
  func privacy() {
    let hidden = AmountFormatter(privacy: true, glyphs: .unicode)
    #expect(hidden.text(Amount("43749372.50896299")) == "•••••")
    #expect(hidden.text(Amount("1")) == "•••••")
    #expect(hidden.format(Amount("-17.9613"), tone: .signed) == FormattedText("•••••", role: .masked))
    #expect(hidden.format(Amount("5"), tone: .signed).role == .masked)
    #expect(AmountFormatter(privacy: true, glyphs: .ascii).text(Amount("5")) == "*****")
    #expect(hidden.raw(.string("0.4")) == "•••••")
    #expect(hidden.raw(.number("12")) == "•••••")
    #expect(hidden.raw(.string("BTC")) == "BTC")
    // Ratios are not amounts and stay visible.
    #expect(hidden.ratio(Amount("1.08")) == "1.08")
    #expect(hidden.text(nil) == "—")
  }

  @Test("Percentages of margin usage")
  func percent() {
    #expect(plain.percent(Amount("0.9259")) == "92.59%")
    #expect(plain.percent(Amount("1")) == "100.00%")
    #expect(plain.percent(nil) == "—")
  }

  @Test("Fitting cuts the fraction with an ellipsis and never the integer part")
  func fit() {
    #expect(plain.fit("43,749,372.50896299", width: 30) == "43,749,372.50896299")
    #expect(plain.fit("43,749,372.50896299", width: 15) == "43,749,372.508…")
    #expect(plain.fit("43,749,372.50896299", width: 11) == "43,749,372…")
    #expect(plain.fit("43,749,372.50896299", width: 8) == "43.75M")
    #expect(plain.fit("43,505,220", width: 5) == "43.5M")
    #expect(plain.fit("43,505,220", width: 2) == "##")
  }
}
