import Foundation

/// One successful read of one account: totals, currencies and the risk they add up to.
///
/// `risk` is computed from the other fields when the snapshot is made and again whenever one of
/// them changes, so it can never disagree with the figures it was read from.
public struct AccountSnapshot: Sendable, Hashable {
  public var venue: Venue {
    didSet { assess() }
  }
  /// The account's name from the configuration (`okx-main`).
  public var accountName: String
  public var mode: AccountMode {
    didSet { assess() }
  }
  /// When margintop received the response (local clock).
  public var fetchedAt: Date
  /// When the venue says the data was current (OKX `uTime`, Bybit response `time`).
  public var exchangeTime: Date?
  public var totals: AccountTotals {
    didSet { assess() }
  }
  /// Currencies in the order the venue sent them.
  public var currencies: [CurrencyBalance] {
    didSet { assess() }
  }
  /// Fields that should have been numbers or levels and were not; each makes what it feeds unknown.
  public var problems: [DecodingProblem] {
    didSet { assess() }
  }
  /// The margin mode and unified-account status, where the venue reports them apart from the
  /// balance (Bybit `GET /v5/account/info`).
  public var marginInfo: MarginInfo {
    didSet { assess() }
  }
  /// The account's risk, by the rules of the venue's documents for its mode.
  public private(set) var risk: RiskAssessment

  public init(
    venue: Venue, accountName: String, mode: AccountMode, fetchedAt: Date, exchangeTime: Date? = nil,
    totals: AccountTotals, currencies: [CurrencyBalance], problems: [DecodingProblem] = [],
    marginInfo: MarginInfo = MarginInfo()
  ) {
    self.venue = venue
    self.accountName = accountName
    self.mode = mode
    self.fetchedAt = fetchedAt
    self.exchangeTime = exchangeTime
    self.totals = totals
    self.currencies = currencies
    self.problems = problems
    self.marginInfo = marginInfo
    self.risk = RiskAssessment.assess(
      venue: venue, mode: mode, totals: totals, currencies: currencies, problems: problems, marginInfo: marginInfo)
  }

  private mutating func assess() {
    risk = RiskAssessment.assess(
      venue: venue, mode: mode, totals: totals, currencies: currencies, problems: problems, marginInfo: marginInfo)
  }
}

/// What a venue says about an account's margin mode apart from its balance.
public struct MarginInfo: Sendable, Hashable {
  /// Bybit `marginMode`; `nil` when not asked, not answered or not recognised.
  public var marginMode: MarginMode?
  /// Bybit `unifiedMarginStatus`: 1 classic, 3/4 UTA1.0, 5/6 UTA2.0.
  public var unifiedMarginStatus: Int?
  /// Why the mode is not known, when it should be (the account-info read failed).
  public var unavailableReason: String?

  public init(marginMode: MarginMode? = nil, unifiedMarginStatus: Int? = nil, unavailableReason: String? = nil) {
    self.marginMode = marginMode
    self.unifiedMarginStatus = unifiedMarginStatus
    self.unavailableReason = unavailableReason
  }
}
