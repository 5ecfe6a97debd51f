import ExchangeModel

/// Builds the `data[0]` object of OKX `GET /api/v5/account/balance` for one account at one step.
struct OKXBalanceBuilder {
  let account: SimulatedAccount
  let market: MarketState
  /// Epoch milliseconds of simulator start; `uTime` values are derived from it and the step.
  let startMillis: Int64
  /// Length of one market step in milliseconds.
  var stepMillis: Int64 = 1000

  /// Fields a test chose in place of the computed ones.
  var overrides: AccountOverride? = nil

  /// Per-currency figures before formatting.
  private struct Row {
    var holding: Holding
    var price: FixedPoint
    /// Unrealised PnL of every position (cross and isolated).
    var upl: FixedPoint
    var eq: FixedPoint
    var eqUsd: FixedPoint
    var disEq: FixedPoint
    var liab: FixedPoint
    var interest: FixedPoint
    /// Liabilities from unrealised losses: what a negative equity borrows (OKX `uplLiab`).
    var uplLiab: FixedPoint
    var isolated: Isolated?
  }

  /// The isolated position of a row: its margin, PnL and equity in the currency.
  private struct Isolated {
    var margin: FixedPoint
    var upl: FixedPoint
    var eq: FixedPoint { margin + upl }
    var notional: FixedPoint
  }

  /// Shares of frozen USD held for orders and for borrowing, and of available equity one
  /// currency may borrow.
  private static let orderFrozenShare = dec("0.03")
  private static let borrowFrozenShare = dec("0.05")
  private static let maxLoanShare = dec("0.5")

  private var level: Int { account.okxAccountLevel }
  private var nowMillis: Int64 { startMillis + Int64(market.step) * stepMillis }

  /// The balance object; `currencies` filters by `ccy` (empty means all), `empty` drops every
  /// currency (a fault).
  func balance(currencies: [String] = [], empty: Bool = false) -> JSONValue {
    var rows = account.holdings.map { row($0) }
    let ratio = account.margin.ratio(in: market, name: account.key.apiKey)
    var adjEq = OKXBalanceBuilder.adjustedEquity(rows)
    let mmr: FixedPoint
    var shownRatio = ratio
    switch account.margin.drive {
    case .requirement:
      mmr = adjEq.divided(by: ratio)
    case .equity:
      mmr = adjEq.divided(by: account.margin.calm)
      // The perpetual's currency counts in full (discount 1, or its negative equity), so a loss
      // booked there lowers adjEq by the same amount, up to the currency's rounding.
      if let index = rows.firstIndex(where: { $0.holding.perpetual != nil }) {
        let lossUsd = adjEq - ratio * mmr
        let holding = rows[index].holding
        rows[index] = row(holding, loss: lossUsd.quotient(dividingBy: rows[index].price, scale: holding.scale))
        adjEq = OKXBalanceBuilder.adjustedEquity(rows)
      }
      shownRatio = adjEq.divided(by: mmr)
    }
    let totalEq = rows.reduce(FixedPoint(0)) { $0 + $1.eqUsd }
    let imr = mmr * account.margin.initialToMaintenance
    let upl = rows.reduce(FixedPoint(0)) { $0 + $1.upl * $1.price }
    let isoEq = rows.reduce(FixedPoint(0)) { $0 + ($1.isolated?.eq ?? 0) * $1.price }
    let swapNotional = rows.reduce(FixedPoint(0)) { total, row in
      guard let perp = row.holding.perpetual else { return total }
      return total + perp.quantity.magnitude * market.price(perp.underlying) + (row.isolated?.notional ?? 0)
    }
    let borrowNotional = rows.reduce(FixedPoint(0)) { $0 + $1.liab * $1.price }
    let frozenUsd = rows.reduce(FixedPoint(0)) { $0 + $1.holding.frozen * $1.price }
    let ordFroz = frozenUsd * OKXBalanceBuilder.orderFrozenShare
    let availEq = max(0, adjEq - imr)

    let shown = rows.filter { row in
      !empty && (row.holding.cash != 0 || row.eq != 0)
        && (currencies.isEmpty || currencies.contains(row.holding.symbol))
    }
    let fields: [(String, JSONValue)] = [
      ("adjEq", usd(adjEq)),
      ("availEq", usd(availEq)),
      ("borrowFroz", usd(ordFroz * OKXBalanceBuilder.borrowFrozenShare)),
      ("details", details(shown, accountAvailEq: availEq, ratio: ratio)),
      ("imr", usd(imr)),
      ("isoEq", usd(isoEq)),
      ("mgnRatio", usd(shownRatio)),
      ("mmr", usd(mmr)),
      ("notionalUsd", usd(swapNotional + borrowNotional)),
      ("notionalUsdForBorrow", usd(borrowNotional)),
      ("notionalUsdForFutures", .string("0")),
      ("notionalUsdForOption", .string("0")),
      ("notionalUsdForSwap", usd(swapNotional)),
      ("ordFroz", usd(ordFroz)),
      ("totalEq", usd(totalEq)),
      ("uTime", .string(String(nowMillis))),
      ("upl", usd(upl)),
    ]
    let applicable = fields.map { name, value in
      (name, OKXFieldApplicability.appliesToAccount(name, level: level) ? value : .string(""))
    }
    return .object(overrides?.applyToAccount(applicable) ?? applicable)
  }

  /// Adjusted equity: discounted collateral, negative equity in full, less accrued interest.
  private static func adjustedEquity(_ rows: [Row]) -> FixedPoint {
    var total = FixedPoint(0)
    for row in rows {
      total += row.disEq + min(0, row.eqUsd) - row.interest * row.price
    }
    return total
  }

  /// One currency's figures; `loss` (in the currency) is taken from its unrealised PnL.
  private func row(_ holding: Holding, loss: FixedPoint = 0) -> Row {
    let price = market.price(holding.symbol)
    let isolated = level == 1 ? nil : holding.openIsolated(in: market).map { position in
      Isolated(
        margin: position.margin, upl: holding.pnl(of: position.perpetual, in: market),
        notional: position.perpetual.quantity.magnitude * market.price(position.perpetual.underlying))
    }
    let upl = level == 1 ? 0 : holding.unrealisedPnL(in: market) - loss + (isolated?.upl ?? 0)
    let eq = holding.cash + upl
    let eqUsd = eq * price
    let interest = holding.interest(at: market.step)
    let disEq = holding.collateral && eq > 0 ? eqUsd * holding.discount : 0
    // A currency gone negative through losses has borrowed what it lacks (margin modes only).
    let uplLiab = !holding.isBorrowed && eq < 0 && level >= 3 ? -eq : 0
    return Row(
      holding: holding, price: price, upl: upl, eq: eq, eqUsd: eqUsd, disEq: disEq,
      liab: (holding.isBorrowed ? holding.borrowed + interest : 0) + uplLiab, interest: interest,
      uplLiab: uplLiab, isolated: isolated)
  }

  /// The `details` array, with the fields that do not apply at the account's level sent as `""`.
  private func details(_ rows: [Row], accountAvailEq: FixedPoint, ratio: FixedPoint) -> JSONValue {
    var writer = JSONWriter(capacity: 64 + rows.count * 1_200)
    // Every detail lists the same fields in the same order: which apply is looked up by name for
    // the first one only.
    var applies: [Bool] = []
    writer.beginArray()
    for row in rows {
      let chosen = overrides?.fields(of: row.holding.symbol)
      for _ in 0..<(overrides?.copies(of: row.holding.symbol) ?? 1) {
        writer.beginObject()
        var position = 0
        var written: [String] = []
        detail(row, accountAvailEq: accountAvailEq, ratio: ratio) { name, value in
          if position == applies.count { applies.append(OKXFieldApplicability.appliesToDetail(name, level: level)) }
          writer.member(name, chosen?[name] ?? (applies[position] ? value : .string("")))
          if chosen != nil { written.append(name) }
          position += 1
        }
        if let chosen {
          for (name, value) in AccountOverride.additions(chosen, besides: written) { writer.member(name, value) }
        }
        writer.endObject()
      }
    }
    writer.endArray()
    return writer.value
  }

  /// One currency's fields, whatever the account's level.
  private func detail(
    _ row: Row, accountAvailEq: FixedPoint, ratio: FixedPoint, put: (_ name: String, _ value: JSONValue) -> Void
  ) {
    let h = row.holding
    let scale = h.scale
    let episode = market.episode
    // The isolated margin is cash set aside; the cross figures leave the isolated position out.
    let isoMargin = row.isolated?.margin ?? 0
    let isoEq = row.isolated?.eq ?? 0
    let frozen = h.frozen + isoMargin
    let crossEq = row.eq - isoEq
    let availBal = max(0, h.cash - frozen)
    let availEq = max(0, crossEq - h.frozen)
    let maxLoan = h.collateral ? (accountAvailEq * OKXBalanceBuilder.maxLoanShare).divided(by: row.price) : 0
    let notional = h.perpetual.map { $0.quantity.magnitude * market.price($0.underlying) } ?? 0
    let positionMmr = notional.isZero ? 0 : crossEq.divided(by: ratio)
    let risky = h.isBorrowed
    put("accAvgPx", .string(""))
    put("autoLendMtAmt", .string("0"))
    put("autoLendStatus", .string("off"))
    put("availBal", amount(availBal, scale))
    put("availEq", amount(availEq, scale))
    put("borrowFroz", .string("0"))
    put("cashBal", amount(h.cash, scale))
    put("ccy", .string(h.symbol))
    put("clSpotInUseAmt", .string("0"))
    put("colBorrAutoConversion", .string(String(risky ? episode.autoConversionRisk : 0)))
    put("colRes", .string(String(h.role == .nearCollateralLimit ? episode.collateralRestriction : 0)))
    put("collateralEnabled", .bool(h.collateral))
    put("collateralRestrict", .bool(false))
    put("crossLiab", amount(row.liab, scale))
    put("disEq", usd(row.disEq))
    put("eq", amount(row.eq, scale))
    put("eqUsd", usd(row.eqUsd))
    put("fixedBal", .string("0"))
    put("frozenBal", amount(frozen, scale))
    put("frpType", .string(String(risky ? episode.forcedRepaymentType : 0)))
    put("imr", notional.isZero ? .string("0") : usd(positionMmr * account.margin.initialToMaintenance))
    put("interest", amount(row.interest, scale))
    put("isoEq", amount(isoEq, scale))
    put("isoLiab", .string("0"))
    put("isoUpl", amount(row.isolated?.upl ?? 0, scale))
    put("liab", amount(row.liab, scale))
    put("maxLoan", amount(maxLoan, scale))
    put("maxSpotInUse", .string("0"))
    put("mgnRatio", notional.isZero ? .string("") : usd(ratio))
    put("mmr", notional.isZero ? .string("0") : usd(positionMmr))
    put("notionalLever", notional.isZero || crossEq <= 0 ? .string("0") : usd(notional.divided(by: crossEq * row.price)))
    put("openAvgPx", .string(""))
    put("ordFrozen", amount(h.frozen, scale))
    put("rewardBal", .string(""))
    put("smtSyncEq", .string("0"))
    put("spotBal", .string(""))
    put("spotCopyTradingEq", .string("0"))
    put("spotInUseAmt", .string("0"))
    put("spotIsoBal", .string("0"))
    put("spotUpl", .string(""))
    put("spotUplRatio", .string(""))
    put("stgyEq", .string("0"))
    put("totalPnl", .string(""))
    put("totalPnlRatio", .string(""))
    put("twap", .string(String(risky ? episode.forcedRepaymentRisk : 0)))
    put("uTime", .string(String(updateMillis(h))))
    put("upl", amount(row.upl, scale))
    put("uplLiab", amount(row.uplLiab, scale))
  }

  /// Moving currencies update every step; idle ones keep a fixed time from before the start.
  private func updateMillis(_ holding: Holding) -> Int64 {
    if holding.perpetual != nil || holding.isBorrowed { return nowMillis }
    let channel = holding.asset?.channel ?? 0
    let age = Int64(SeededNoise.mix(market.seed ^ channel) % 86_400_000)
    return startMillis - 3_600_000 - age
  }

  private func amount(_ value: FixedPoint, _ scale: Int) -> JSONValue {
    .string(value.rounded(scale: scale).plainText)
  }

  /// Computed USD figures carry about as many digits as OKX's own doubles.
  private func usd(_ value: FixedPoint) -> JSONValue {
    .string(value.plainText(significantDigits: 16))
  }
}
