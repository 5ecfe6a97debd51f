/// Maps theme colours onto what a terminal can show: the xterm-256 palette (6×6×6 cube plus
/// greyscale ramp, as btop does) or the 16 ANSI colours (by hue and lightness, since the
/// user's terminal decides what the ANSI colours really look like).
public enum ColorApproximation {
  /// The six levels of each channel in the xterm-256 colour cube.
  static let cubeLevels: [Int] = [0, 95, 135, 175, 215, 255]

  /// xterm's default RGB values of the 16 ANSI colours.
  static let ansiRGB: [RGBColor] = [
    (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
    (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
  ].map { RGBColor(red: $0.0, green: $0.1, blue: $0.2) }

  /// The RGB value of an xterm-256 palette index.
  public static func rgb(ofIndex index: UInt8) -> RGBColor {
    switch index {
    case 0..<16:
      return ansiRGB[Int(index)]
    case 16..<232:
      let cube = Int(index) - 16
      return RGBColor(
        red: UInt8(cubeLevels[cube / 36]), green: UInt8(cubeLevels[cube / 6 % 6]), blue: UInt8(cubeLevels[cube % 6]))
    default:
      let level = UInt8(8 + 10 * (Int(index) - 232))
      return RGBColor(red: level, green: level, blue: level)
    }
  }

  /// The nearest xterm-256 index (16–255) to `color`: the closer of the nearest cube colour and
  /// the nearest step of the greyscale ramp.
  public static func nearest256(_ color: RGBColor) -> UInt8 {
    func cubeStep(_ value: UInt8) -> Int {
      let value = Int(value)
      return value < 48 ? 0 : value < 115 ? 1 : (value - 35) / 40
    }
    let cubeIndex = UInt8(16 + 36 * cubeStep(color.red) + 6 * cubeStep(color.green) + cubeStep(color.blue))
    let average = (Int(color.red) + Int(color.green) + Int(color.blue)) / 3
    let greyStep = min(23, max(0, (average - 8 + 5) / 10))
    let greyIndex = UInt8(232 + greyStep)
    let cubeDistance = color.distanceSquared(to: rgb(ofIndex: cubeIndex))
    let greyDistance = color.distanceSquared(to: rgb(ofIndex: greyIndex))
    return greyDistance < cubeDistance ? greyIndex : cubeIndex
  }

  /// The ANSI colour (0–15) that best stands for `color`: a grey by lightness when the colour
  /// is nearly unsaturated, otherwise the nearest of the six hues, bright when it is light.
  public static func nearestANSI(_ color: RGBColor) -> UInt8 {
    let channels = [Int(color.red), Int(color.green), Int(color.blue)]
    let high = channels.max() ?? 0
    let low = channels.min() ?? 0
    let chroma = high - low
    let lightness = (high + low) / 2
    if chroma < 40 || chroma * 5 < high {
      return lightness < 64 ? 0 : lightness < 160 ? 8 : lightness < 240 ? 7 : 15
    }
    let hue = hueDegrees(channels, high: high, chroma: chroma)
    // ANSI order is red, green, yellow, blue, magenta, cyan by bit (1, 2, 4); hue order differs.
    let hueToANSI: [UInt8] = [1, 3, 2, 6, 4, 5]
    let sector = Int((hue + 30) / 60) % 6
    let bright = high >= 240 || (low >= 80 && lightness >= 160)
    return hueToANSI[sector] + (bright ? 8 : 0)
  }

  /// Hue in whole degrees [0, 360); integer precision is plenty to pick one of six sectors.
  private static func hueDegrees(_ channels: [Int], high: Int, chroma: Int) -> Int {
    let (r, g, b) = (channels[0], channels[1], channels[2])
    let hue: Int
    if high == r {
      hue = 60 * (g - b) / chroma
    } else if high == g {
      hue = 60 * (b - r) / chroma + 120
    } else {
      hue = 60 * (r - g) / chroma + 240
    }
    return (hue + 360) % 360
  }
}
