import ExchangeModel
import Foundation

/// The dashboard's pure core: `reduce` changes state, `render` draws it.
public enum Dashboard {
  /// Applies `event` to `state` and returns what the outside world must do.
  public static func reduce(_ state: inout DashboardState, _ event: DashboardEvent) -> [DashboardEffect] {
    []
  }

  /// Draws `state` into a frame of `size` with `theme` and `glyphs`.
  public static func render(_ state: DashboardState, size: TerminalSize, theme: ResolvedTheme, glyphs: GlyphSet) -> Frame {
    Frame(width: size.width, height: size.height)
  }
}
