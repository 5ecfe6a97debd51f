import TerminalModel

/// The keys read in one wake-up of the stdin source.
public struct InputBatch: Sendable, Hashable {
  public var keys: [KeyPress]
  /// The terminal hung up (the SSH session dropped without a SIGHUP reaching us): quit.
  public var inputLost: Bool

  public init(keys: [KeyPress], inputLost: Bool) {
    self.keys = keys
    self.inputLost = inputLost
  }
}
