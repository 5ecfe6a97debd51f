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
    var coinObjects = JSONWriter(capacity: 64 + shown.count * 700)
    coinObjects.beginArray()
    for holding in shown {
      coin(holding, positionIM: initial, positionMM: maintenance, into: &coinObjects)
    }
    if !empty {
      for symbol in coins where !held.contains(where: { $0.symbol == symbol }) {
        coin(Holding(symbol: symbol, cash: 0), positionIM: 0, positionMM: 0, into: &coinObjects)
      }
    }
    coinObjects.endArray()
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
      ("coin", coinObjects.value),
    ])
  }

  /// One coin; positions live on the coin that holds the perpetual, so its IM/MM are the account's.
  private func coin(_ h: Holding, positionIM: FixedPoint, positionMM: FixedPoint, into writer: inout JSONWriter) {
    let price = market.price(h.symbol)
    let upl = h.unrealisedPnL(in: market)
    let borrowed = h.borrowed
    // Since manual borrowing, walletBalance includes borrowed proceeds and equity subtracts them.
    let walletBalance = h.cash + borrowed
    let equity = walletBalance - borrowed + upl
    let hasPosition = h.perpetual != nil
    let restriction = h.role == .nearCollateralLimit ? market.episode.collateralRestriction : 0
    writer.beginObject()
    writer.member("availableToBorrow", .string(""))
    writer.member("bonus", .string("0"))
    writer.member("accruedInterest", amount(h.interest(at: market.step)))
    writer.member("availableToWithdraw", .string(""))
    writer.member("totalOrderIM", .string("0"))
    writer.member("equity", amount(equity))
    writer.member("totalPositionMM", hasPosition ? amount(positionMM) : .string("0"))
    writer.member("usdValue", amount(equity * price))
    writer.member("spotHedgingQty", .string("0"))
    writer.member("unrealisedPnl", amount(upl))
    writer.member("collateralSwitch", .bool(h.collateral))
    writer.member("borrowAmount", .string(DecimalText.fixed(borrowed, scale: 18)))
    writer.member("totalPositionIM", hasPosition ? amount(positionIM) : .string("0"))
    writer.member("walletBalance", amount(walletBalance))
    writer.member("cumRealisedPnl", amount(h.realisedPnL))
    writer.member("locked", amount(h.frozen))
    writer.member("marginCollateral", .bool(h.collateral))
    writer.member("coin", .string(h.symbol))
    writer.member("spotBorrow", amount(borrowed))
    writer.member("colRes", .string(String(restriction)))
    writer.endObject()
  }

  /// Bybit prints coin amounts and USD values with up to 8 decimals.
  private func amount(_ value: FixedPoint) -> JSONValue { .string(DecimalText.trimmed(value, scale: 8)) }
  /// Rates come rounded to 4 decimals (`"0.0006"`, `"0"`).
  private func rate(_ value: FixedPoint) -> JSONValue { .string(DecimalText.trimmed(value, scale: 4)) }
}
