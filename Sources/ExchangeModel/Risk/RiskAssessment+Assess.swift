import Foundation

extension RiskAssessment {
  /// The account's risk by the rules of its venue's document for its mode.
  public static func assess(
    venue: Venue, mode: AccountMode, totals: AccountTotals, currencies: [CurrencyBalance],
    problems: [DecodingProblem], marginInfo: MarginInfo
  ) -> RiskAssessment {
    let inputs = RiskInputs(totals: totals, currencies: currencies, problems: problems)
    let currencyRisks = currencies.map { CurrencyRisk.assess($0, problems: problems) }
    let margin: MarginReading
    switch venue {
    case .okx: margin = MarginReading.okx(mode: mode, inputs: inputs, currencies: currencyRisks)
    case .bybit: margin = MarginReading.bybit(mode: mode, info: marginInfo, inputs: inputs)
    }
    var level = margin.level
    var reasons = margin.reasons
    for currency in currencyRisks where currency.level.isAboveOK {
      level = max(level, currency.level)
      reasons += currency.reasons.map { currency.currency + " " + $0 }
    }
    let duplicates = problems.filter { $0.message == DecodingProblem.duplicateCurrency }
    if !duplicates.isEmpty {
      level = max(level, .unknown)
      reasons.append("duplicate currency entries: " + duplicates.map(\.field).joined(separator: ", "))
    }
    return RiskAssessment(
      level: level, marginLevel: margin.level, marginUsage: margin.usage.map(Amount.init(computed:)),
      pastLiquidation: margin.pastLiquidation, source: margin.source, marginCurrency: margin.currency,
      reasons: reasons, currencies: currencyRisks)
  }
}

extension DecodingProblem {
  /// The message of a currency listed twice in one response.
  public static let duplicateCurrency = "listed more than once (the first entry is shown)"
}

/// The figures the risk rules read, with the problems found while decoding them.
struct RiskInputs {
  var totals: AccountTotals
  var currencies: [CurrencyBalance]
  var problems: [DecodingProblem]

  /// The problem of an account-level field, if decoding found one.
  func problem(_ field: String) -> DecodingProblem? {
    problems.first { $0.field == field }
  }

  /// The first problem among account-level `fields`.
  func problem(among fields: [String]) -> DecodingProblem? {
    fields.lazy.compactMap(problem).first
  }

  /// Whether any currency owes something (or its liabilities could not be read).
  var hasLiabilities: Bool {
    currencies.contains { $0.liabilities.isAboveZero }
      || problems.contains { $0.field.hasSuffix(".liab") || $0.field.hasSuffix(".borrowAmount") }
  }

  /// Whether any currency has positions with a maintenance requirement.
  var hasPositionMargin: Bool {
    currencies.contains { $0.maintenanceMargin.isAboveZero }
  }

  /// Whether the account holds isolated positions (OKX `isoEq` above zero, account or currency).
  var hasIsolatedPositions: Bool {
    totals.isolatedEquityUSD.isAboveZero || currencies.contains { $0.isolatedEquity.isAboveZero }
      || problems.contains { $0.field == "isoEq" || $0.field.hasSuffix(".isoEq") }
  }
}

extension Optional where Wrapped == Amount {
  /// True for an amount above zero; `nil` is not.
  var isAboveZero: Bool {
    guard let value = self?.value else { return false }
    return value > 0
  }
}
