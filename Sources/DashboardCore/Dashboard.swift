import ExchangeModel
import Foundation

/// The dashboard's pure core: `reduce` changes state, `render` draws it.
public enum Dashboard {
  /// Applies `event` to `state` and returns what the outside world must do.
  public static func reduce(_ state: inout DashboardState, _ event: DashboardEvent) -> [DashboardEffect] {
    DashboardReducer.reduce(&state, event)
  }

  /// Draws `state` into a frame of `size` with `theme` and `glyphs`.
  ///
  /// Cheap enough to run every second: nothing that changes every second is drawn in more than a
  /// few cells (the ages on the status line), so the terminal layer writes little per tick.
  public static func render(_ state: DashboardState, size: TerminalSize, theme: ResolvedTheme, glyphs: GlyphSet) -> Frame {
    var renderer = ScreenRenderer(state: state, size: size, theme: theme, glyphs: glyphs)
    return renderer.render()
  }
}
