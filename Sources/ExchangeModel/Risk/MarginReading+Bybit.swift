import Foundation

/// Bybit's margin rules, from the `GET /v5/account/wallet-balance` document
/// (https://bybit-exchange.github.io/docs/v5/account/wallet-balance) and the UTA trading rules
/// ("Liquidation is triggered when MMR reaches 100%").
extension MarginReading {
  /// The margin reading of a Bybit account of wallet type `mode` in margin mode `info`.
  static func bybit(mode: AccountMode, info: MarginInfo, inputs: RiskInputs) -> MarginReading {
    let exposed = inputs.hasLiabilities || inputs.hasPositionMargin
    // "All account wide fields are not applicable to UTA2.0(isolated margin), UTA1.0(isolated
    // margin), UTA1.0(CONTRACT), classic account(SPOT, CONTRACT)".
    let notApplicable: String? =
      switch (mode, info.marginMode, info.unifiedMarginStatus) {
      case (.contract, _, _), (.spot, _, _): "account-wide figures do not apply to a \(mode.displayName) wallet"
      case (_, .isolated?, _): "account-wide figures do not apply in isolated margin"
      case (_, _, 1?): "account-wide figures do not apply to a classic account"
      default: nil
      }
    if let notApplicable {
      return exposed
        ? .unknown(notApplicable + ", and the account has liabilities or positions")
        : .none("nothing to liquidate (no liabilities, no positions; " + notApplicable + ")")
    }
    var reading = bybitAccountWide(inputs: inputs, exposed: exposed)
    if info.marginMode == nil && reading.level < .watch {
      reading = reading.atLeastUnknown(
        "margin mode unknown (" + (info.unavailableReason ?? "account info not read")
          + "): account-wide figures may not apply")
    }
    return reading
  }

  /// Cross and portfolio margin: `accountMMRate` is "rounded to 4 decimals" by the venue, so
  /// `totalMaintenanceMargin / totalMarginBalance` is used where both are present. A margin
  /// balance at or below zero with maintenance margin above zero is past liquidation.
  static func bybitAccountWide(inputs: RiskInputs, exposed: Bool) -> MarginReading {
    let totals = inputs.totals
    let maintenance = totals.maintenanceMarginUSD?.value
    let balance = totals.marginBalanceUSD?.value
    let rate = totals.marginRatio
    var reading: MarginReading
    // A field that could not be read is nil here; the reading is made at least unknown below.
    if let maintenance, let balance, maintenance > 0, balance <= 0 {
      reading = .pastLiquidation(
        "margin balance \(Amount(computed: balance).text) USD with maintenance margin above zero: past liquidation",
        source: "totalMarginBalance")
    } else if maintenance == 0 && !exposed && (rate?.value ?? 0) >= 0 && (rate?.value ?? 0) < 1 {
      reading = .none("nothing to liquidate (maintenance margin 0, no liabilities)")
    } else if let maintenance, let balance, let usage = RiskThresholds.quotient(maintenance, balance) {
      reading = .usage(usage, source: "totalMaintenanceMargin / totalMarginBalance")
      // The venue's own rate can only make it worse (it is rounded, never more precise).
      if let rate = rate?.value, RiskThresholds.level(usage: rate) > reading.level {
        reading = .usage(rate, source: "accountMMRate")
      }
    } else if let maintenance, maintenance > 0, balance != nil {
      // A quotient too large for the decimal type: the balance is a sliver of the requirement.
      reading = .pastLiquidation("margin balance near 0 against the maintenance margin: past liquidation", source: "totalMarginBalance")
    } else if let rate = rate?.value {
      reading = .usage(rate, source: "accountMMRate")
    } else if exposed {
      reading = .unknown("accountMMRate not sent although the account has liabilities or positions")
    } else {
      reading = .none("nothing to liquidate (no margin figures, no liabilities)")
    }
    if let problem = inputs.problem(among: ["accountMMRate", "totalMaintenanceMargin", "totalMarginBalance"]) {
      reading = reading.atLeastUnknown(problem.field + " " + problem.message)
    }
    return reading
  }
}
