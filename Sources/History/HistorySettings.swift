import Foundation

/// How much history is kept and how long a write may wait for another instance's lock.
public struct HistorySettings: Sendable, Hashable {
  /// Every refresh is kept this long (48 hours), then folded into one-minute aggregates.
  public var fullResolution: Duration
  /// One-minute aggregates are kept this long (90 days), then deleted.
  public var aggregateRetention: Duration
  /// The most the live data may take, in bytes; the oldest rows go first when it is passed.
  public var sizeCapBytes: Int64
  /// How long a write waits for another margintop holding the write lock before it is skipped.
  public var busyTimeout: Duration
  /// Least time between two maintenance passes (aggregation, pruning, size cap), so a refresh
  /// every second does not pay for them each time.
  public var maintenanceInterval: Duration

  /// The defaults the dashboard uses.
  public static let standard = HistorySettings()

  /// Default size cap: 256 MiB, several times a 30-day database of five accounts.
  public static let defaultSizeCapBytes: Int64 = 256 * 1024 * 1024

  public init(
    fullResolution: Duration = .seconds(48 * 3600), aggregateRetention: Duration = .seconds(90 * 86400),
    sizeCapBytes: Int64 = HistorySettings.defaultSizeCapBytes, busyTimeout: Duration = .seconds(2),
    maintenanceInterval: Duration = .seconds(60)
  ) {
    self.fullResolution = fullResolution
    self.aggregateRetention = aggregateRetention
    self.sizeCapBytes = sizeCapBytes
    self.busyTimeout = busyTimeout
    self.maintenanceInterval = maintenanceInterval
  }
}
