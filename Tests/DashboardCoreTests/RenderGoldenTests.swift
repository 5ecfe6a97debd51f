import DashboardCore
import ExchangeModel
import Foundation
import Testing

@Suite("Golden screens")
struct RenderGoldenTests {
  static let sizes = [TerminalSize(width: 80, height: 24), TerminalSize(width: 120, height: 40), TerminalSize(width: 200, height: 60), TerminalSize(width: 45, height: 20)]

  private func render(_ state: DashboardState, _ size: TerminalSize, glyphs: GlyphSet = .unicode) -> Frame {
    var state = state
    Fixtures.send(&state, .resize(size))
    return Dashboard.render(state, size: size, theme: Fixtures.theme, glyphs: glyphs)
  }

  private func name(_ base: String, _ size: TerminalSize) -> String { "\(base)-\(size.width)x\(size.height)" }

  @Test("Panels of one OKX account", arguments: sizes)
  func panels(size: TerminalSize) {
    assertSnapshot(render(Fixtures.loadedState(tab: 1), size), named: name("panels", size))
  }
}
