import Foundation
import History
import Synchronization

/// A clock the test moves by hand.
final class TestClock: Sendable {
  private let current: Mutex<Date>

  init(_ start: Date) {
    current = Mutex(start)
  }

  var now: Date { current.withLock { $0 } }

  func set(_ date: Date) {
    current.withLock { $0 = date }
  }

  func advance(seconds: Double) {
    current.withLock { $0 = $0.addingTimeInterval(seconds) }
  }

  var historyClock: HistoryClock {
    HistoryClock { [self] in self.now }
  }
}
