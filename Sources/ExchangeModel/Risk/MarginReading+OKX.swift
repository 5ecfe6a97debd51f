import Foundation

/// OKX's margin rules, from the `GET /api/v5/account/balance` document
/// (https://www.okx.com/docs-v5/en/#trading-account-rest-api-get-balance).
extension MarginReading {
  /// The margin reading of an OKX account in `mode`.
  static func okx(mode: AccountMode, inputs: RiskInputs, currencies: [CurrencyRisk]) -> MarginReading {
    switch mode {
    case .futures:
      return okxFutures(inputs: inputs, currencies: currencies)
    case .spot, .multiCurrencyMargin, .portfolioMargin:
      return okxAccountRatio(inputs: inputs)
    case .unified, .contract, .unknown:
      // Without the mode it is not known which figure applies: take the worse of both, and
      // never report "nothing to liquidate" on a guess.
      let account = okxAccountRatio(inputs: inputs)
      let futures = okxFutures(inputs: inputs, currencies: currencies)
      let worse = futures.level > account.level ? futures : account
      return worse.level >= .watch ? worse : worse.atLeastUnknown("account mode unknown (the account config was not read)")
    }
  }

  /// Spot, multi-currency and portfolio margin: the account `mgnRatio`. "mgnRatio … = adjEq /
  /// mmr. Values at or below 1.0 indicate the account is at or past the liquidation boundary";
  /// usage is its reciprocal. `""` is "returned for inapplicable fields under the current
  /// account level", which never means safe by itself.
  static func okxAccountRatio(inputs: RiskInputs) -> MarginReading {
    let totals = inputs.totals
    let mmr = totals.maintenanceMarginUSD
    let requirement =
      mmr.isAboveZero || totals.initialMarginUSD.isAboveZero || inputs.hasLiabilities || inputs.hasIsolatedPositions
    var reading: MarginReading
    if let problem = inputs.problem("mgnRatio") {
      reading = .unknown("mgnRatio " + problem.message)
    } else if let adjEq = totals.adjustedEquityUSD?.value, adjEq <= 0, mmr.isAboveZero {
      // "When adjEq ≤ mmr (mgnRatio ≤ 1.0) the system begins forced liquidation": equity at or
      // below zero with a requirement is past it, whatever the ratio says.
      reading = .pastLiquidation(
        "adjusted equity \(Amount(computed: adjEq).text) USD with maintenance margin above zero: past liquidation",
        source: "adjEq / mmr")
    } else if let ratio = totals.marginRatio?.value {
      if ratio < 0 || (ratio == 0 && requirement) {
        reading = .pastLiquidation(
          "mgnRatio \(totals.marginRatio?.text ?? "") at or below 0: past liquidation", source: "mgnRatio")
      } else if ratio == 0 {
        // A zero ratio with nothing required is the venue's placeholder, not a division.
        reading = .none("nothing to liquidate (mgnRatio 0 with mmr 0 and no liabilities)")
      } else if let usage = RiskThresholds.reciprocal(ratio) {
        reading = .usage(usage, source: "1 / mgnRatio")
      } else {
        // A ratio so small that its reciprocal does not fit the decimal type: far past liquidation.
        reading = .pastLiquidation("mgnRatio \(totals.marginRatio?.text ?? "") near 0: past liquidation", source: "mgnRatio")
      }
    } else if requirement {
      reading = .unknown("mgnRatio not sent although the account has a margin requirement, liabilities or isolated positions")
    } else {
      reading = .none("nothing to liquidate (mgnRatio not applicable, no margin requirement, no liabilities)")
    }
    if let problem = inputs.problem(among: ["mmr", "imr", "adjEq"]) {
      reading = reading.atLeastUnknown(problem.field + " " + problem.message)
    }
    return reading
  }

  /// Futures mode: the account `mgnRatio` does not apply; the per-currency one does ("Cross
  /// maintenance margin ratio of currency … Applicable to Futures mode and when there is cross
  /// position"). The worst currency sets the level. Isolated positions are not described by this
  /// endpoint, so they make the level at least `unknown`.
  static func okxFutures(inputs: RiskInputs, currencies: [CurrencyRisk]) -> MarginReading {
    var reading: MarginReading
    if let worst = currencies.filter({ $0.marginLevel != nil }).max(by: CurrencyRisk.lessUrgentMargin) {
      let source = worst.currency + " mgnRatio (cross)"
      if worst.marginLevel == .unknown {
        reading = .unknown(worst.currency + " " + (worst.reasons.last ?? "mgnRatio could not be read"))
      } else if let usage = worst.marginUsage?.value {
        reading = .usage(usage, source: source, currency: worst.currency)
      } else {
        reading = .pastLiquidation(
          worst.currency + " cross mgnRatio at or below 0: past liquidation", source: source, currency: worst.currency)
      }
    } else if inputs.currencies.contains(where: { $0.maintenanceMargin.isAboveZero }) {
      reading = .unknown("a currency has a maintenance requirement but no cross mgnRatio")
    } else if inputs.hasIsolatedPositions {
      reading = .unknown("isolated positions: the balance endpoint gives no margin ratio for them")
      return reading
    } else {
      reading = .none("nothing to liquidate (no cross positions)")
    }
    if inputs.hasIsolatedPositions && reading.level < .critical {
      reading = reading.atLeastUnknown("isolated positions: the balance endpoint gives no margin ratio for them")
    }
    return reading
  }
}
