import DashboardCore
import ExchangeModel
import Foundation
import Testing

@Suite("Risk thresholds and levels")
struct RiskClassifierTests {
  @Test("Margin usage bands, 100 % being liquidation, below zero past it", arguments: [
    ("0", RiskLevel.ok), ("0.4999", .ok), ("0.5", .watch), ("0.6999", .watch), ("0.7", .warn),
    ("0.8499", .warn), ("0.85", .danger), ("0.9499", .danger), ("0.95", .critical), ("1", .critical), ("3.2", .critical),
    ("-0.1", .critical),
  ])
  func usage(value: String, expected: RiskLevel) throws {
    #expect(RiskThresholds.level(usage: try #require(ExactDecimal(value))) == expected)
  }

  @Test("Venue 0-5 scales", arguments: [
    (0, RiskLevel.ok), (1, .watch), (2, .warn), (3, .danger), (4, .critical), (5, .critical),
  ])
  func scale(value: Int, expected: RiskLevel) {
    #expect(RiskThresholds.level(scale: value) == expected)
  }

  @Test("Collateral restriction")
  func collateral() {
    #expect(RiskThresholds.level(collateralRestriction: -1) == .ok)
    #expect(RiskThresholds.level(collateralRestriction: 0) == .ok)
    #expect(RiskThresholds.level(collateralRestriction: 1) == .warn)
    #expect(RiskThresholds.level(collateralRestriction: 2) == .danger)
  }

  @Test("A currency takes its worst figure")
  func currency() {
    let snapshot = AccountSnapshot(
      venue: .okx, accountName: "a", mode: .multiCurrencyMargin, fetchedAt: Date(timeIntervalSince1970: 0),
      totals: AccountTotals(maintenanceMarginUSD: Amount("1"), marginRatio: Amount("10")),
      currencies: [
        CurrencyBalance(currency: "USDT", autoConversionRisk: 1, forcedRepaymentRisk: 3, collateralRestriction: 1),
        CurrencyBalance(currency: "BTC"),
      ])
    #expect(snapshot.risk.currencies.map(\.level) == [.danger, .ok])
    #expect(snapshot.risk.level == .danger)
    #expect(snapshot.risk.marginLevel == .ok)
  }

  @Test("Unknown ranks above ok and below the levels a figure supports")
  func order() {
    #expect(RiskLevel.none < .ok)
    #expect(RiskLevel.ok < .unknown)
    #expect(RiskLevel.unknown < .watch)
    #expect(RiskLevel.allCases.map(\.rawValue) == Array(0...6))
  }

  @Test("Every level has its own theme role and word")
  func roles() {
    #expect(Set(RiskLevel.allCases.map(\.role)).count == RiskLevel.allCases.count)
    #expect(Set(RiskLevel.allCases.map(\.label)).count == RiskLevel.allCases.count)
    #expect(RiskLevel.critical.role == .riskCritical)
    #expect(RiskLevel.unknown.role == .riskUnknown)
    #expect(RiskLevel.unknown.role != RiskLevel.ok.role)
  }
}
