import ExchangeModel

extension RiskLevel {
  /// The level whose stored `name` is `name`; `nil` for text no version of margintop writes.
  init?(storedName name: String) {
    guard let level = RiskLevel.allCases.first(where: { $0.name == name }) else { return nil }
    self = level
  }

  /// The worse of two stored level names; an unreadable one loses to a readable one.
  static func worse(_ a: String, _ b: String) -> String {
    guard let la = RiskLevel(storedName: a) else { return b }
    guard let lb = RiskLevel(storedName: b) else { return a }
    return lb > la ? b : a
  }
}
