import ExchangeModel
import Foundation
import Synchronization

/// Where the simulator reads the time: the system clock, or a clock tests move by hand.
public protocol SimulatorClock: Sendable {
  /// The current time.
  func now() -> Date
}

/// The system's wall clock.
public struct SystemSimulatorClock: SimulatorClock {
  /// The system clock.
  public init() {}
  /// The current system time.
  public func now() -> Date { Date() }
}

/// A clock that only moves when told to, so tests drive the market without sleeping.
public final class ManualSimulatorClock: SimulatorClock {
  private let current: Mutex<Date>

  /// A clock stopped at `start`.
  public init(_ start: Date = Date(timeIntervalSince1970: 1_767_225_600)) {
    current = Mutex(start)
  }

  /// The time the clock was last set to.
  public func now() -> Date { current.withLock { $0 } }

  /// Moves the clock forward (or back, with a negative duration).
  public func advance(by duration: Duration) {
    let seconds = duration.timeInterval
    current.withLock { $0 = $0.addingTimeInterval(seconds) }
  }
}

extension SimulatorClock {
  /// The current time in epoch milliseconds.
  func nowMillis() -> Int64 { Int64((now().timeIntervalSince1970 * 1000).rounded(.down)) }
}
