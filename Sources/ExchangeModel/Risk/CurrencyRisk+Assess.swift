import Foundation

extension CurrencyRisk {
  /// Fields whose problems make a currency's risk unknown: its risk scales, its own margin ratio
  /// and what it owes.
  static let riskFields: Set<String> = [
    "colBorrAutoConversion", "twap", "colRes", "mgnRatio", "mmr", "liab", "borrowAmount", "totalPositionMM",
  ]

  /// The currency's reading: OKX `colBorrAutoConversion` ("0: no risk; 1/2/3: at risk; 4:
  /// conversion soon; 5: conversion in progress") and `twap` (forced repayment, "0–5, larger is
  /// more likely"), `colRes` on both venues (1 near the platform limit, 2 restricted), and OKX
  /// Futures mode's cross `mgnRatio` of the currency (liquidation at ≤ 1, like the account's).
  static func assess(_ balance: CurrencyBalance, problems: [DecodingProblem]) -> CurrencyRisk {
    var risk = CurrencyRisk(currency: balance.currency, level: .ok)
    if let value = balance.autoConversionRisk {
      risk.raise(RiskThresholds.level(scale: value), "auto-conversion \(value)/5")
    }
    if let value = balance.forcedRepaymentRisk {
      risk.raise(RiskThresholds.level(scale: value), "forced repayment \(value)/5")
    }
    if let value = balance.collateralRestriction {
      risk.raise(
        RiskThresholds.level(collateralRestriction: value),
        value >= 2 ? "collateral restricted (colRes \(value))" : "collateral near the platform limit (colRes \(value))")
    }
    if let ratio = balance.marginRatio {
      risk.assessRatio(ratio, requirement: balance.maintenanceMargin.isAboveZero || balance.liabilities.isAboveZero)
    }
    let prefix = balance.currency + "."
    for problem in problems where problem.field.hasPrefix(prefix) {
      let name = String(problem.field.dropFirst(prefix.count))
      guard CurrencyRisk.riskFields.contains(name) else { continue }
      if name == "mgnRatio" { risk.marginLevel = max(risk.marginLevel ?? .unknown, .unknown) }
      risk.level = max(risk.level, .unknown)
      risk.reasons.append(name + " " + problem.message)
    }
    return risk
  }

  /// Orders two currencies by how urgent their own margin figure is: level, then usage.
  static func lessUrgentMargin(_ a: CurrencyRisk, _ b: CurrencyRisk) -> Bool {
    let levelA = a.marginLevel ?? .none
    let levelB = b.marginLevel ?? .none
    if levelA != levelB { return levelA < levelB }
    if a.pastLiquidation != b.pastLiquidation { return b.pastLiquidation }
    return (a.marginUsage?.value ?? 0) < (b.marginUsage?.value ?? 0)
  }

  private mutating func raise(_ candidate: RiskLevel, _ reason: String) {
    guard candidate.isAboveOK else { return }
    level = max(level, candidate)
    reasons.append(reason)
  }

  private mutating func assessRatio(_ ratio: Amount, requirement: Bool) {
    let value = ratio.value
    if value < 0 || (value == 0 && requirement) {
      marginLevel = .critical
      pastLiquidation = true
      raise(.critical, "cross mgnRatio \(ratio.text) at or below 0: past liquidation")
    } else if value == 0 {
      return
    } else if let usage = RiskThresholds.reciprocal(value) {
      let level = RiskThresholds.level(usage: usage)
      marginLevel = level
      marginUsage = Amount(computed: usage)
      pastLiquidation = usage >= 1
      raise(level, "cross margin usage \(MarginReading.percentText(usage)) % (1 / mgnRatio \(ratio.text))")
    } else {
      marginLevel = .critical
      pastLiquidation = true
      raise(.critical, "cross mgnRatio \(ratio.text) near 0: past liquidation")
    }
  }
}
