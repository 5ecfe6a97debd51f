import DashboardCore
import DashboardThemes
import Foundation
import Testing

/// Every shipped theme at every colour depth: the risk levels never look alike, and a level's
/// colour stands out from the background it is drawn on.
@Suite("Theme contrast")
struct ThemeContrastTests {
  static let levels: [ThemeRole] = [.riskOK, .riskWatch, .riskWarn, .riskDanger, .riskCritical, .riskUnknown]
  /// WCAG's floor for large text and interface parts: a level must read at a glance.
  static let minimumContrast = 3.0

  @Test("each risk level has a style of its own at every depth", arguments: ThemeLibrary.shippedOrder)
  func levelsDiffer(name: String) {
    let library = ThemeTestSupport.shippedLibrary()
    for depth in ColorDepth.allCases {
      let theme = library.resolve(name, depth: depth).theme
      let styles = Self.levels.map { theme[$0] }
      for i in styles.indices {
        for j in styles.indices where j > i {
          #expect(styles[i] != styles[j], "\(name) at \(depth): \(Self.levels[i].rawValue) looks like \(Self.levels[j].rawValue)")
        }
      }
    }
  }

  @Test("each risk level and the value colours stand out from their background", arguments: ThemeLibrary.shippedOrder)
  func levelsContrast(name: String) {
    let library = ThemeTestSupport.shippedLibrary()
    for depth in [ColorDepth.ansi16, .indexed256] {
      let theme = library.resolve(name, depth: depth).theme
      let canvas = theme[.text].background
      for role in Self.levels + [.text, .positive, .negative] {
        let style = theme[role]
        var foreground = style.foreground
        var background = style.background == .default ? canvas : style.background
        if style.attributes.contains(.reverse) { swap(&foreground, &background) }
        // The terminal's own colours are the user's choice: nothing to measure.
        guard let fg = Self.rgb(foreground), let bg = Self.rgb(background) else { continue }
        let ratio = Self.contrast(fg, bg)
        #expect(ratio >= Self.minimumContrast, "\(name) at \(depth): \(role.rawValue) contrast \(ratio)")
      }
    }
  }

  static func rgb(_ colour: TerminalColor) -> RGBColor? {
    switch colour {
    case .default: return nil
    case .ansi(let index), .indexed(let index): return ColorApproximation.rgb(ofIndex: index)
    }
  }

  /// WCAG 2 contrast ratio of two sRGB colours, 1 to 21.
  static func contrast(_ a: RGBColor, _ b: RGBColor) -> Double {
    func luminance(_ c: RGBColor) -> Double {
      func channel(_ v: UInt8) -> Double {
        let x = Double(v) / 255
        return x <= 0.03928 ? x / 12.92 : pow((x + 0.055) / 1.055, 2.4)
      }
      return 0.2126 * channel(c.red) + 0.7152 * channel(c.green) + 0.0722 * channel(c.blue)
    }
    let (l1, l2) = (luminance(a), luminance(b))
    return (max(l1, l2) + 0.05) / (min(l1, l2) + 0.05)
  }
}
