/// One subject of one account: the rule, and the currency for per-currency rules.
public struct SubjectKey: Sendable, Hashable {
  public var subject: AlertSubject
  public var currency: String?

  public init(_ subject: AlertSubject, currency: String? = nil) {
    self.subject = subject
    self.currency = currency
  }
}
