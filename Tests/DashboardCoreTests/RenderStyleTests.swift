import DashboardCore
import DashboardThemes
import ExchangeModel
import Foundation
import Testing

@Suite("Rendered styles")
struct RenderStyleTests {
  let size = TerminalSize(width: 80, height: 24)

  private func stressed(depth: ColorDepth = .ansi16) -> (DashboardState, Frame, ResolvedTheme) {
    var state = Fixtures.loadedState(tab: 1, size: size)
    Fixtures.send(&state, .snapshot(account: 0, Fixtures.okxSnapshot(currencies: Fixtures.stressedOKXCurrencies, totals: Fixtures.stressedOKXTotals)))
    let theme = depth == .monochrome ? ResolvedTheme.fallback(depth: depth) : Fixtures.distinctTheme
    return (state, Dashboard.render(state, size: size, theme: theme, glyphs: .unicode), theme)
  }

  /// The first cell on row `y` whose text starts `text`.
  private func find(_ text: String, in frame: Frame, row y: Int) -> Int? {
    let line = Array(frame.lines[y])
    let needle = Array(text)
    guard line.count >= needle.count else { return nil }
    return (0...(line.count - needle.count)).first { Array(line[$0..<($0 + needle.count)]) == needle }
  }

  @Test("A critical auto-conversion meter uses riskCritical, and the gauge its level")
  func criticalRisk() throws {
    let (_, frame, theme) = stressed()
    // USDT (auto-conversion 5) sorts first by risk; its meter sits in the panel's bottom border.
    let bottom = 5 + 8
    let meter = try #require(find("█████ 5", in: frame, row: bottom))
    // The blocks in the level's colour without reverse video (which would paint them in the
    // background colour); the number in the level's own style.
    var solid = theme[.riskCritical]
    solid.attributes.remove(.reverse)
    #expect(frame[x: meter, y: bottom].style == solid)
    #expect(frame[x: meter + 6, y: bottom].style == theme[.riskCritical])
    let gauge = try #require(find("█", in: frame, row: 4))
    #expect(frame[x: gauge, y: 4].style == theme[.riskDanger])
    // The bar is the margin figure's level (danger); the word is the account's, which USDT's
    // auto-conversion 5/5 makes critical, and it names what drives it.
    let word = try #require(find("CRITICAL", in: frame, row: 4))
    #expect(frame[x: word, y: 4].style == theme[.riskCritical])
    #expect(frame.lines[4].contains("USDT auto-conversion 5/5"))
  }

  @Test("In monochrome, risk levels stay distinct through attributes and words")
  func monochrome() throws {
    let (_, frame, theme) = stressed(depth: .monochrome)
    let bottom = 5 + 8
    let meter = try #require(find("█████ 5", in: frame, row: bottom))
    #expect(!frame[x: meter, y: bottom].style.attributes.contains(.reverse))
    #expect(frame[x: meter + 6, y: bottom].style.attributes.contains(.reverse))
    #expect(theme[.riskCritical] != theme[.riskDanger])
    #expect(frame.lines[4].contains("CRITICAL"))
  }

  @Test("A changed value keeps its colour and gains the change mark, and not in privacy mode")
  func changed() throws {
    var state = Fixtures.loadedState(tab: 1, size: size)
    var currencies = Fixtures.okxCurrencies
    currencies[0].equityUSD = Fixtures.a("43505221")
    Fixtures.send(&state, .snapshot(account: 0, Fixtures.okxSnapshot(at: Fixtures.t0.addingTimeInterval(5), currencies: currencies)), .tick(Fixtures.t0.addingTimeInterval(6)))
    let theme = Fixtures.distinctTheme
    let frame = Dashboard.render(state, size: size, theme: theme, glyphs: .unicode)
    let x = try #require(find("43,505,221", in: frame, row: 7))
    var marked = theme[.text]
    marked.attributes.formUnion(theme[.changed].attributes)
    marked.attributes.insert(.underline)
    #expect(frame[x: x, y: 7].style == marked)
    #expect(frame[x: x, y: 7].style.foreground == theme[.text].foreground)
    let equity = try #require(find("3,000", in: frame, row: 6))
    #expect(frame[x: equity, y: 6].style == theme[.text])

    Fixtures.press(&state, .character("."))
    let hidden = Dashboard.render(state, size: size, theme: theme, glyphs: .unicode)
    let mask = try #require(find("•••••", in: hidden, row: 7))
    #expect(hidden[x: mask, y: 7].style == theme[.masked])
    #expect(!hidden.lines.joined().contains("43,505,221"))
  }

  @Test("The selected table row keeps its risk colours, reversed")
  func selectedKeepsRisk() throws {
    var (state, _, theme) = stressed()
    Fixtures.press(&state, .character("v"))
    let frame = Dashboard.render(state, size: size, theme: theme, glyphs: .unicode)
    // Risk sort puts USDT (auto-conversion 5, CRITICAL) first, and it is selected.
    let row = 6
    let word = try #require(find("CRITICAL", in: frame, row: row))
    var expected = theme[.riskCritical]
    expected.attributes.formUnion(theme[.selected].attributes)
    #expect(frame[x: word, y: row].style == expected)
  }

  @Test("Privacy neutralises gain and loss colours")
  func privacyNeutral() {
    var (state, _, theme) = stressed()
    Fixtures.press(&state, .character("."))
    let frame = Dashboard.render(state, size: size, theme: theme, glyphs: .unicode)
    #expect(!frame.cells.contains { $0.style == theme[.negative] || $0.style == theme[.positive] })
    #expect(!frame.lines.joined().contains("1,250"))
  }

  @Test("Stale panels use the stale role on their border")
  func stale() {
    var state = Fixtures.loadedState(tab: 1, size: size)
    Fixtures.send(&state, .tick(Fixtures.t0.addingTimeInterval(30)))
    let frame = Dashboard.render(state, size: size, theme: Fixtures.distinctTheme, glyphs: .unicode)
    // The second panel is not selected, so its border shows staleness.
    #expect(frame[x: 40, y: 6].character == "│")
    #expect(frame[x: 40, y: 6].style == Fixtures.distinctTheme[.stale])
    #expect(frame.lines[1].contains("STALE"))
  }

  @Test("? help and q quit stay visible at 45 columns")
  func narrowFooter() {
    var state = Fixtures.loadedState(tab: 0, size: TerminalSize(width: 45, height: 20))
    Fixtures.press(&state, .character("r"))
    let frame = Dashboard.render(state, size: TerminalSize(width: 45, height: 20), theme: Fixtures.theme, glyphs: .unicode)
    #expect(frame.lines[19].hasPrefix(" ? help  q quit"))
  }
}
