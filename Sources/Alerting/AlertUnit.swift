/// What an alert's figure counts: how it is written (`87.12 %`, `4/5`, `colRes 2`, `75 s`).
public enum AlertUnit: Sendable, Hashable {
  /// Percent (margin usage).
  case percent
  /// A venue's 0–5 risk scale.
  case scale
  /// A venue's code (`colRes`).
  case code
  /// Seconds (data age).
  case seconds
  /// A count of fields.
  case fields
}
