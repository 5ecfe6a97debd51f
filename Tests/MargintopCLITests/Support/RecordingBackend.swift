import DashboardCore
import TerminalUI

/// A terminal in memory: keeps every frame and title, serves queued keys, counts restores.
@MainActor
final class RecordingBackend: TerminalBackend {
  var size: TerminalSize
  let capabilities = TerminalCapabilities(glyphs: .unicode, colorDepth: .indexed256)
  private(set) var frames: [Frame] = []
  private(set) var titles: [String] = []
  private(set) var closes = 0
  private(set) var invalidations = 0
  private(set) var bells = 0
  private(set) var notifications: [(title: String, body: String)] = []
  /// What the next `readInput` returns.
  var pendingInput = InputBatch(keys: [], inputLost: false)
  /// The size SIGWINCH reports.
  var nextSize: TerminalSize?

  init(size: TerminalSize) {
    self.size = size
  }

  /// The last frame's text, one string per line.
  var screen: [String] { frames.last?.lines ?? [] }

  func draw(_ frame: Frame) -> Int {
    frames.append(frame)
    return frame.width * frame.height
  }

  func setTitle(_ title: String) { titles.append(title) }

  func resize() -> TerminalSize {
    if let nextSize { size = nextSize }
    return size
  }

  func readInput() -> InputBatch {
    defer { pendingInput = InputBatch(keys: [], inputLost: false) }
    return pendingInput
  }

  func invalidate() { invalidations += 1 }

  func bell() { bells += 1 }

  func notify(title: String, body: String) { notifications.append((title, body)) }

  func close() { closes += 1 }
}
