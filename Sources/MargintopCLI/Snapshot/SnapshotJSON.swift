import ExchangeModel

/// The JSON snapshot: a public interface (documented in docs/cli.md). Keep keys, order and
/// types stable; add keys only at the end of an object.
enum SnapshotJSON {
  /// The whole document for `outcomes`, pretty-printed with two-space indentation.
  static func document(_ outcomes: [SnapshotOutcome]) -> String {
    JSONValue.object([("accounts", .array(outcomes.map(account)))]).text() + "\n"
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
        ("totals", totals(snapshot.totals)),
        ("currencies", .array(snapshot.currencies.map(currency))),
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
      ])
    }
  }

  static func totals(_ t: AccountTotals) -> JSONValue {
    .object([
      ("equity_usd", .amount(t.equityUSD)),
      ("adjusted_equity_usd", .amount(t.adjustedEquityUSD)),
      ("initial_margin_usd", .amount(t.initialMarginUSD)),
      ("maintenance_margin_usd", .amount(t.maintenanceMarginUSD)),
      ("margin_ratio", .amount(t.marginRatio)),
      ("margin_usage", .amount(t.marginUsage)),
      ("unrealized_pnl_usd", .amount(t.unrealizedPnLUSD)),
    ])
  }

  static func currency(_ c: CurrencyBalance) -> JSONValue {
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
      ("fields", .object(c.fields.sorted { $0.key < $1.key }.map { ($0.key, .raw($0.value)) })),
    ])
  }
}
