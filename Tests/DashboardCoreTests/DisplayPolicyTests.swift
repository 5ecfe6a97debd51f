import DashboardCore
import ExchangeModel
import Foundation
import Testing

@Suite("Display policy")
struct DisplayPolicyTests {
  @Test("Examples of the documented policy", arguments: [
    ("1747.8000000040925", DisplayPolicy.Unit.usd, "1,747.80"), ("75411.64757905909", .usd, "75,411.65"),
    ("0", .usd, "0"), ("0.004", .usd, "< 0.01"), ("-0.004", .usd, "> -0.01"), ("-3122.755", .usd, "-3,122.76"),
    ("0.000000000000000000", .quantity, "0"), ("1.50", .quantity, "1.5"), ("0.6612664522199999", .quantity, "0.66126645"),
    ("1523000000", .quantity, "1,523,000,000"), ("0.000000004", .quantity, "< 0.00000001"), ("-47913.2", .quantity, "-47,913.2"),
    ("1e-7", .quantity, "0.0000001"),
  ])
  func examples(text: String, unit: DisplayPolicy.Unit, shown: String) throws {
    let amount = try #require(Amount(text))
    #expect(DisplayPolicy.text(amount.value, unit: unit) == shown)
  }

  /// Every displayed amount, read back, equals the exact value rounded by the policy: random
  /// decimals of up to 18 fraction digits and 15 integer digits, signs, both units.
  @Test("Displayed amounts read back to the exact value rounded by the policy")
  func readBack() throws {
    var generator = SplitMix(seed: 0x6D61_7267_696E)
    for _ in 0..<5_000 {
      let integer = generator.next() % 1_000_000_000_000_000
      let fractionDigits = Int(generator.next() % 19)
      let fraction = fractionDigits == 0 ? "" : "." + String((0..<fractionDigits).map { _ in Character(String(generator.next() % 10)) })
      let sign = generator.next() % 3 == 0 ? "-" : ""
      let scale = generator.next() % 4 == 0 ? "0" : String(integer % (generator.next() % 7 == 0 ? 10 : 1_000_000_000_000_000))
      let text = sign + scale + fraction
      let amount = try #require(Amount(text), "\(text)")
      for unit in [DisplayPolicy.Unit.usd, .quantity] {
        let shown = DisplayPolicy.text(amount.value, unit: unit)
        guard let expected = DisplayPolicy.displayedValue(amount.value, unit: unit) else {
          #expect(shown.hasPrefix("<") || shown.hasPrefix(">"), "\(text) → \(shown)")
          continue
        }
        let readBack = try #require(ExactDecimal(shown.replacingOccurrences(of: ",", with: "")), "\(shown)")
        #expect(readBack == expected, "\(text) as \(unit) shows \(shown)")
        // Foundation's rounding as the reference for the policy's.
        var exact = try #require(Decimal(string: text))
        var rounded = Decimal()
        NSDecimalRound(&rounded, &exact, DisplayPolicy.fractionDigits(unit), .plain)
        #expect(Decimal(string: expected.plainText) == rounded, "\(text)")
      }
    }
  }

  @Test("x shows the venue's exact text and back")
  func exactToggle() {
    var state = Fixtures.loadedState(tab: 1, size: TerminalSize(width: 120, height: 40))
    Fixtures.press(&state, .character("v"))
    let rounded = Dashboard.render(state, size: TerminalSize(width: 120, height: 40), theme: Fixtures.theme, glyphs: .unicode)
    #expect(rounded.lines.joined().contains("125,092.86"))
    #expect(!rounded.lines.joined().contains("125,092.85636955927"))
    Fixtures.press(&state, .character("x"))
    #expect(state.exact)
    let exact = Dashboard.render(state, size: TerminalSize(width: 120, height: 40), theme: Fixtures.theme, glyphs: .unicode)
    #expect(exact.lines.joined().contains("125,092.85636955927"))
    #expect(exact.lines[0].contains("EXACT"))
    Fixtures.press(&state, .character("x"))
    #expect(!state.exact)
  }
}

/// A small deterministic generator, so a failing case can be replayed.
struct SplitMix {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
