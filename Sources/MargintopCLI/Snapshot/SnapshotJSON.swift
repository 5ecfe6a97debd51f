import ExchangeModel

/// The JSON snapshot: a public interface (documented in README.md, "JSON snapshot"). Keep keys,
/// order and types stable; add keys only at the end of an object.
enum SnapshotJSON {
  /// The whole document for `outcomes`, pretty-printed with two-space indentation.
  static func document(_ outcomes: [SnapshotOutcome]) -> String {
    JSONValue.object([("accounts", .array(outcomes.map(account))), ("worst", worst(outcomes))]).text(.indented(2)) + "\n"
  }

  static func account(_ outcome: SnapshotOutcome) -> JSONValue {
    switch outcome.result {
    case .success(let snapshot):
      return .object([
        ("name", .string(outcome.accountName)),
        ("exchange", .string(outcome.venue.rawValue)),
        ("mode", snapshot.mode == .unknown ? .null : .string(snapshot.mode.rawValue)),
        ("fetched_at", .string(Timestamp.text(snapshot.fetchedAt))),
        ("error", .null),
        ("totals", totals(snapshot.totals, risk: snapshot.risk)),
        ("currencies", .array(zip(snapshot.currencies, currencyRisks(snapshot)).map(currency))),
        ("risk", risk(snapshot.risk)),
        ("problems", .array(snapshot.problems.map(problem))),
        ("margin_mode", .string(snapshot.marginInfo.marginMode?.rawValue)),
      ])
    case .failure(let error):
      return .object([
        ("name", .string(outcome.accountName)),
        ("exchange", .string(outcome.venue.rawValue)),
        ("mode", .null),
        ("fetched_at", .string(Timestamp.text(outcome.finishedAt))),
        ("error", .object([("kind", .string(error.kind.rawValue)), ("message", .string(error.message))])),
        ("totals", .null),
        ("currencies", .array([])),
        ("risk", risk(outcome.risk)),
        ("problems", .array([])),
        ("margin_mode", .null),
      ])
    }
  }

  static func totals(_ t: AccountTotals, risk: RiskAssessment) -> JSONValue {
    .object([
      ("equity_usd", .amount(t.equityUSD)),
      ("adjusted_equity_usd", .amount(t.adjustedEquityUSD)),
      ("initial_margin_usd", .amount(t.initialMarginUSD)),
      ("maintenance_margin_usd", .amount(t.maintenanceMarginUSD)),
      ("margin_ratio", .amount(t.marginRatio)),
      ("margin_usage", .amount(risk.marginUsage)),
      ("unrealized_pnl_usd", .amount(t.unrealizedPnLUSD)),
      ("margin_balance_usd", .amount(t.marginBalanceUSD)),
    ])
  }

  /// The risk object of an account: `level`, `margin_usage` (decimal text, 1 = liquidation, or
  /// `null`), `source` (the venue field(s) it comes from), `reasons`, and `past_liquidation`.
  static func risk(_ r: RiskAssessment) -> JSONValue {
    .object([
      ("level", .string(r.level.name)),
      ("margin_usage", .amount(r.marginUsage)),
      ("source", .string(r.source)),
      ("reasons", .array(r.reasons.map { .string($0) })),
      ("past_liquidation", .bool(r.pastLiquidation)),
      ("margin_level", .string(r.marginLevel.name)),
    ])
  }

  static func problem(_ p: DecodingProblem) -> JSONValue {
    .object([("field", .string(p.field)), ("text", .string(p.text)), ("message", .string(p.message))])
  }

  /// The most urgent account (highest level, then past liquidation, then usage): what a cron job
  /// pages on.
  static func worst(_ outcomes: [SnapshotOutcome]) -> JSONValue {
    guard let worst = SnapshotOutcome.worst(outcomes) else {
      return .object([("account", .null), ("level", .string(RiskLevel.none.name)), ("margin_usage", .null)])
    }
    return .object([
      ("account", .string(worst.accountName)), ("level", .string(worst.risk.level.name)),
      ("margin_usage", .amount(worst.risk.marginUsage)),
    ])
  }

  private static func currencyRisks(_ snapshot: AccountSnapshot) -> [CurrencyRisk?] {
    snapshot.currencies.indices.map { snapshot.risk.currencies.indices.contains($0) ? snapshot.risk.currencies[$0] : nil }
  }

  static func currency(_ c: CurrencyBalance, _ risk: CurrencyRisk?) -> JSONValue {
    .object([
      ("currency", .string(c.currency)),
      ("equity", .amount(c.equity)),
      ("equity_usd", .amount(c.equityUSD)),
      ("cash_balance", .amount(c.cashBalance)),
      ("available", .amount(c.available)),
      ("frozen", .amount(c.frozen)),
      ("liabilities", .amount(c.liabilities)),
      ("interest", .amount(c.interest)),
      ("unrealized_pnl", .amount(c.unrealizedPnL)),
      ("margin_ratio", .amount(c.marginRatio)),
      ("auto_conversion_risk", .int(c.autoConversionRisk)),
      ("forced_repayment_risk", .int(c.forcedRepaymentRisk)),
      ("collateral_restriction", .int(c.collateralRestriction)),
      ("collateral_enabled", .bool(c.collateralEnabled)),
      ("fields", .object(c.fields.sorted { $0.key < $1.key }.map { ($0.key, .field($0.value)) })),
      ("risk", .object([
        ("level", .string((risk?.level ?? .unknown).name)),
        ("margin_usage", .amount(risk?.marginUsage)),
        ("reasons", .array((risk?.reasons ?? []).map { .string($0) })),
      ])),
    ])
  }
}
