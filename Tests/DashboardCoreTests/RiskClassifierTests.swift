import DashboardCore
import ExchangeModel
import Testing

@Suite("Risk classification")
struct RiskClassifierTests {
  @Test("Margin usage bands, 100 % being liquidation", arguments: [
    ("0", RiskLevel.ok), ("0.4999", .ok), ("0.5", .watch), ("0.6999", .watch), ("0.7", .warn),
    ("0.8499", .warn), ("0.85", .danger), ("0.9499", .danger), ("0.95", .critical), ("1", .critical), ("3.2", .critical),
  ])
  func usage(value: String, expected: RiskLevel) {
    #expect(RiskClassifier.marginUsage(Amount(value)) == expected)
  }

  @Test("No usage figure means nothing to liquidate")
  func noUsage() {
    #expect(RiskClassifier.marginUsage(nil) == .ok)
  }

  @Test("Venue 0-5 scales", arguments: [
    (0, RiskLevel.ok), (1, .watch), (2, .warn), (3, .danger), (4, .critical), (5, .critical), (-1, .ok), (9, .critical),
  ])
  func scale(value: Int, expected: RiskLevel) {
    #expect(RiskClassifier.scale(value) == expected)
  }

  @Test("Collateral restriction")
  func collateral() {
    #expect(RiskClassifier.collateralRestriction(nil) == .ok)
    #expect(RiskClassifier.collateralRestriction(-1) == .ok)
    #expect(RiskClassifier.collateralRestriction(0) == .ok)
    #expect(RiskClassifier.collateralRestriction(1) == .warn)
    #expect(RiskClassifier.collateralRestriction(2) == .danger)
  }

  @Test("A currency takes its worst figure")
  func currency() {
    let balance = CurrencyBalance(currency: "USDT", autoConversionRisk: 1, forcedRepaymentRisk: 3, collateralRestriction: 1)
    #expect(RiskClassifier.currency(balance) == .danger)
    #expect(RiskClassifier.currency(CurrencyBalance(currency: "BTC")) == .ok)
  }

  @Test("Every level has its own theme role and word")
  func roles() {
    #expect(Set(RiskLevel.allCases.map(\.role)).count == RiskLevel.allCases.count)
    #expect(Set(RiskLevel.allCases.map(\.label)).count == RiskLevel.allCases.count)
    #expect(RiskLevel.critical.role == .riskCritical)
  }
}
