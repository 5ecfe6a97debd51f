/// One row of the key table: the keys, what they do, and how the help and docs name them.
public struct KeyBinding: Sendable, Hashable {
  /// The section of the help overlay and of the README's key list.
  public var group: String
  /// Every key that triggers the action.
  public var keys: [KeyPress]
  /// How the keys are written for people (`Up, k`).
  public var label: String
  /// What the keys do.
  public var action: KeyAction
  /// What the keys do, one line.
  public var summary: String

  /// A binding row.
  public init(group: String, keys: [KeyPress], label: String, action: KeyAction, summary: String) {
    self.group = group
    self.keys = keys
    self.label = label
    self.action = action
    self.summary = summary
  }
}
