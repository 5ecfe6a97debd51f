import ExchangeModel

extension RiskLevel {
  /// The level whose stored `name` is `name`; `nil` for text no version of margintop writes.
  init?(storedName name: String) {
    guard let level = RiskLevel.allCases.first(where: { $0.name == name }) else { return nil }
    self = level
  }

  /// The integer a level is stored as in `refresh` and `minute`: its documented raw value
  /// (0 none … 6 critical), which the `level` table names.
  var storedCode: Int { rawValue }

  /// The level stored as `code`; a code no version of margintop writes, or none, reads as
  /// `unknown`, which ranks above ok: an unreadable level never looks safe.
  init(storedCode code: Int64?) {
    self = code.flatMap { Int(exactly: $0) }.flatMap(RiskLevel.init(rawValue:)) ?? .unknown
  }
}
