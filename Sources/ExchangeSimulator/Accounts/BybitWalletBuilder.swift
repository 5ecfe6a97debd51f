/// Builds the account object of Bybit `GET /v5/account/wallet-balance` (UNIFIED) at one step.
struct BybitWalletBuilder {
  let account: SimulatedAccount
  let market: MarketState

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
    var coinObjects = shown.map { coin($0, positionIM: initial, positionMM: maintenance) }
    if !empty {
      let missing = coins.filter { symbol in !held.contains { $0.symbol == symbol } }
      coinObjects += missing.map { coin(Holding(symbol: $0, cash: 0), positionIM: 0, positionMM: 0) }
    }
    return .object([
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
      ("coin", .array(coinObjects)),
    ])
  }

  /// One coin; positions live on the coin that holds the perpetual, so its IM/MM are the account's.
  private func coin(_ h: Holding, positionIM: FixedPoint, positionMM: FixedPoint) -> JSONValue {
    let price = market.price(h.symbol)
    let upl = h.unrealisedPnL(in: market)
    let borrowed = h.borrowed
    // Since manual borrowing, walletBalance includes borrowed proceeds and equity subtracts them.
    let walletBalance = h.cash + borrowed
    let equity = walletBalance - borrowed + upl
    let hasPosition = h.perpetual != nil
    let restriction = h.role == .nearCollateralLimit ? market.episode.collateralRestriction : 0
    return .object([
      ("availableToBorrow", .string("")),
      ("bonus", .string("0")),
      ("accruedInterest", amount(h.interest(at: market.step))),
      ("availableToWithdraw", .string("")),
      ("totalOrderIM", .string("0")),
      ("equity", amount(equity)),
      ("totalPositionMM", hasPosition ? amount(positionMM) : .string("0")),
      ("usdValue", amount(equity * price)),
      ("spotHedgingQty", .string("0")),
      ("unrealisedPnl", amount(upl)),
      ("collateralSwitch", .bool(h.collateral)),
      ("borrowAmount", .string(DecimalText.fixed(borrowed, scale: 18))),
      ("totalPositionIM", hasPosition ? amount(positionIM) : .string("0")),
      ("walletBalance", amount(walletBalance)),
      ("cumRealisedPnl", amount(h.realisedPnL)),
      ("locked", amount(h.frozen)),
      ("marginCollateral", .bool(h.collateral)),
      ("coin", .string(h.symbol)),
      ("spotBorrow", amount(borrowed)),
      ("colRes", .string(String(restriction))),
    ])
  }

  /// Bybit prints coin amounts and USD values with up to 8 decimals.
  private func amount(_ value: FixedPoint) -> JSONValue { .string(DecimalText.trimmed(value, scale: 8)) }
  /// Rates come rounded to 4 decimals (`"0.0006"`, `"0"`).
  private func rate(_ value: FixedPoint) -> JSONValue { .string(DecimalText.trimmed(value, scale: 4)) }
}
