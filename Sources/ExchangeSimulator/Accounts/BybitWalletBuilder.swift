import ExchangeModel

/// Builds the account object of Bybit `GET /v5/account/wallet-balance` (UNIFIED) at one step.
struct BybitWalletBuilder {
  let account: SimulatedAccount
  let market: MarketState
  /// Fields a test chose in place of the computed ones.
  var overrides: AccountOverride? = nil

  /// The account-wide fields, in the order Bybit sends them (`coin` comes last).
  ///
  /// The wallet-balance document, under `accountIMRate`: "All account wide fields are **not**
  /// applicable to UTA2.0(isolated margin), UTA1.0(isolated margin), UTA1.0(CONTRACT), classic
  /// account(SPOT, CONTRACT)". Every `list[]` field but `accountType` and `coin` is account wide:
  /// the rates, the `total*` sums (`*ByMp` included) and the deprecated `accountLTV`.
  static let accountWideFields: Set<String> = [
    "totalEquity", "accountIMRate", "accountIMRateByMp", "totalMarginBalance", "totalInitialMargin",
    "totalInitialMarginByMp", "totalAvailableBalance", "accountMMRate", "accountMMRateByMp", "totalPerpUPL",
    "totalWalletBalance", "accountLTV", "totalMaintenanceMargin", "totalMaintenanceMarginByMp",
  ]

  /// Per-coin fields the document empties in portfolio margin ("For portfolio margin mode, it
  /// returns \"\"").
  static let portfolioEmptyCoinFields: Set<String> = ["totalOrderIM", "totalPositionIM", "totalPositionMM"]

  /// The `result.list[0]` object; `coins` filters by `coin` (empty means every non-zero coin),
  /// `empty` drops every coin (a fault).
  func wallet(coins: [String] = [], empty: Bool = false) -> JSONValue {
    let held = account.holdings
    var totalEquity = FixedPoint(0)
    var walletUsd = FixedPoint(0)
    var perpUpl = FixedPoint(0)
    for h in held {
      let price = market.price(h.symbol)
      let upl = h.unrealisedPnL(in: market)
      totalEquity += (h.cash + upl) * price
      perpUpl += upl * price
      if h.collateral || h.cash < 0 { walletUsd += h.cash * price * (h.cash < 0 ? 1 : h.discount) }
      walletUsd -= h.interest(at: market.step) * price
    }
    let marginBalance = walletUsd + perpUpl
    let mmRate = account.margin.ratio(in: market, name: account.key.apiKey).rounded(scale: 4)
    let imRate = (mmRate * account.margin.initialToMaintenance).rounded(scale: 4)
    let maintenance = mmRate * marginBalance
    let initial = imRate * marginBalance
    let available = max(0, marginBalance - initial)

    var shown = held.filter { coins.isEmpty || coins.contains($0.symbol) }
    if empty { shown = [] }
    var coinObjects = JSONWriter(capacity: 64 + shown.count * 700)
    coinObjects.beginArray()
    for holding in shown {
      let (positionIM, positionMM) = positionMargins(
        holding, accountIM: initial, accountMM: maintenance, imRate: imRate, mmRate: mmRate)
      for _ in 0..<(overrides?.copies(of: holding.symbol) ?? 1) {
        coin(holding, positionIM: positionIM, positionMM: positionMM, into: &coinObjects)
      }
    }
    if !empty {
      for symbol in coins where !held.contains(where: { $0.symbol == symbol }) {
        coin(Holding(symbol: symbol, cash: 0), positionIM: 0, positionMM: 0, into: &coinObjects)
      }
    }
    coinObjects.endArray()
    let fields: [(String, JSONValue)] = [
      ("totalEquity", amount(totalEquity)),
      ("accountIMRate", rate(imRate)),
      ("accountIMRateByMp", rate(imRate)),
      ("totalMarginBalance", amount(marginBalance)),
      ("totalInitialMargin", amount(initial)),
      ("totalInitialMarginByMp", amount(initial)),
      ("accountType", .string("UNIFIED")),
      ("totalAvailableBalance", amount(available)),
      ("accountMMRate", rate(mmRate)),
      ("accountMMRateByMp", rate(mmRate)),
      ("totalPerpUPL", amount(perpUpl)),
      ("totalWalletBalance", amount(walletUsd)),
      ("accountLTV", .string("0")),
      ("totalMaintenanceMargin", amount(maintenance)),
      ("totalMaintenanceMarginByMp", amount(maintenance)),
      ("coin", coinObjects.value),
    ]
    let isolated = account.bybitMarginMode == .isolated
    let applicable = fields.map { name, value in
      (name, isolated && BybitWalletBuilder.accountWideFields.contains(name) ? JSONValue.string("") : value)
    }
    return .object(overrides?.applyToAccount(applicable) ?? applicable)
  }

  /// Initial and maintenance margin of the coin's positions. Cross and portfolio margin hold
  /// every position on the coin that holds the perpetual, so its figures are the account's; an
  /// isolated position's margin is its own, a share of the coin's equity.
  private func positionMargins(
    _ h: Holding, accountIM: FixedPoint, accountMM: FixedPoint, imRate: FixedPoint, mmRate: FixedPoint
  ) -> (FixedPoint, FixedPoint) {
    guard h.perpetual != nil else { return (0, 0) }
    guard account.bybitMarginMode == .isolated else { return (accountIM, accountMM) }
    let equityUsd = (h.cash + h.unrealisedPnL(in: market)) * market.price(h.symbol)
    return (imRate * equityUsd, mmRate * equityUsd)
  }

  /// One coin's object.
  private func coin(_ h: Holding, positionIM: FixedPoint, positionMM: FixedPoint, into writer: inout JSONWriter) {
    let price = market.price(h.symbol)
    let upl = h.unrealisedPnL(in: market)
    let borrowed = h.borrowed
    // Since manual borrowing, walletBalance includes borrowed proceeds and equity subtracts them.
    let walletBalance = h.cash + borrowed
    let equity = walletBalance - borrowed + upl
    let hasPosition = h.perpetual != nil
    let restriction = h.role == .nearCollateralLimit ? market.episode.collateralRestriction : 0
    let portfolio = account.bybitMarginMode == .portfolio
    let chosen = overrides?.fields(of: h.symbol)
    var written: [String] = []
    func put(_ name: String, _ value: JSONValue) {
      let applicable = portfolio && BybitWalletBuilder.portfolioEmptyCoinFields.contains(name) ? .string("") : value
      writer.member(name, chosen?[name] ?? applicable)
      if chosen != nil { written.append(name) }
    }
    writer.beginObject()
    put("availableToBorrow", .string(""))
    put("bonus", .string("0"))
    put("accruedInterest", amount(h.interest(at: market.step)))
    put("availableToWithdraw", .string(""))
    put("totalOrderIM", .string("0"))
    put("equity", amount(equity))
    put("totalPositionMM", hasPosition ? amount(positionMM) : .string("0"))
    put("usdValue", amount(equity * price))
    put("spotHedgingQty", .string("0"))
    put("unrealisedPnl", amount(upl))
    put("collateralSwitch", .bool(h.collateral))
    put("borrowAmount", .string(borrowed.text(fractionDigits: 18)))
    put("totalPositionIM", hasPosition ? amount(positionIM) : .string("0"))
    put("walletBalance", amount(walletBalance))
    put("cumRealisedPnl", amount(h.realisedPnL))
    put("locked", amount(h.frozen))
    put("marginCollateral", .bool(h.collateral))
    put("coin", .string(h.symbol))
    put("spotBorrow", amount(borrowed))
    put("colRes", .string(String(restriction)))
    if let chosen {
      for (name, value) in AccountOverride.additions(chosen, besides: written) { writer.member(name, value) }
    }
    writer.endObject()
  }

  /// Bybit prints coin amounts and USD values with up to 8 decimals.
  private func amount(_ value: FixedPoint) -> JSONValue { .string(value.rounded(scale: 8).plainText) }
  /// Rates come rounded to 4 decimals (`"0.0006"`, `"0"`).
  private func rate(_ value: FixedPoint) -> JSONValue { .string(value.rounded(scale: 4).plainText) }
}
