import Foundation

/// How to start the simulator.
public struct SimulatorConfiguration: Sendable {
  /// Loopback address to bind.
  public var host: String
  /// 0 picks an ephemeral port.
  public var port: Int
  /// Seeds the price walks and risk episodes: same seed, same story.
  public var seed: UInt64
  /// Where the simulator reads the time; the market is a pure function of the seed and the whole
  /// seconds elapsed on this clock since start. Tests pass a `ManualSimulatorClock`.
  public var clock: any SimulatorClock = SystemSimulatorClock()
  /// How long the market holds still: prices and the episode advance one step per `stepLength`
  /// (the episode timeline is in steps). A long step freezes the market while the venues' clocks
  /// keep real time, for tests that compare two reads.
  public var stepLength: Duration = .seconds(1)
  /// Play the demo's scripted incidents after each risk episode (an outage, a refused key, an
  /// unreadable field, an unsupportable figure: `IncidentScript`); `--demo` turns them on.
  public var incidents = false

  /// What `--demo` runs: the defaults, with the scripted incidents.
  public static var demo: SimulatorConfiguration {
    var configuration = SimulatorConfiguration()
    configuration.incidents = true
    return configuration
  }

  /// Loopback on an ephemeral port, with the given seed and the system clock.
  public init(host: String = "127.0.0.1", port: Int = 0, seed: UInt64 = 42) {
    self.host = host
    self.port = port
    self.seed = seed
  }
}
