import ExchangeModel
import Foundation
import Testing

@testable import MargintopCLI

/// The JSON snapshot and the table, from hand-made snapshots.
@Suite struct SnapshotFormatTests {
  static let fetchedAt = Date(timeIntervalSince1970: 1_795_262_400.1235)  // 2026-11-21T12:00:00.123Z

  static func amount(_ text: String) -> Amount? { Amount(text) }

  static let okx = SnapshotOutcome(
    accountName: "okx-main", venue: .okx, finishedAt: fetchedAt,
    result: .success(
      AccountSnapshot(
        venue: .okx, accountName: "okx-main", mode: .multiCurrencyMargin, fetchedAt: fetchedAt,
        totals: AccountTotals(
          equityUSD: amount("12345.678900000000000001"), adjustedEquityUSD: amount("12000.5"), initialMarginUSD: amount("0"),
          maintenanceMarginUSD: amount("100.25"), marginRatio: amount("119.70573566"),
          unrealizedPnLUSD: amount("-1.5")),
        currencies: [
          CurrencyBalance(
            currency: "BTC", equity: amount("0.6612664522199999"), equityUSD: amount("61000.1"), cashBalance: amount("0.66"),
            available: amount("0.5"), frozen: amount("0.000000000000000000"), liabilities: nil, interest: nil,
            unrealizedPnL: amount("1E-8"), marginRatio: nil, autoConversionRisk: 0, forcedRepaymentRisk: 4,
            collateralRestriction: 0, collateralEnabled: true,
            fields: ["eq": .string("0.6612664522199999"), "liab": .string(""), "ccy": .string("BTC"), "twap": .string("4"), "n": .number("1.50")])
        ])))

  static let failed = SnapshotOutcome(
    accountName: "bybit \"1\"", venue: .bybit, finishedAt: fetchedAt,
    result: .failure(ExchangeError(kind: .auth, code: "10003", message: "API key rejected")))

  @Test func jsonHasTheDocumentedShapeInOrder() {
    let expected = """
      {
        "accounts": [
          {
            "name": "okx-main",
            "exchange": "okx",
            "mode": "multi_currency_margin",
            "fetched_at": "2026-11-21T12:00:00.123Z",
            "error": null,
            "totals": {
              "equity_usd": "12345.678900000000000001",
              "adjusted_equity_usd": "12000.5",
              "initial_margin_usd": "0",
              "maintenance_margin_usd": "100.25",
              "margin_ratio": "119.70573566",
              "margin_usage": "0.0083538186",
              "unrealized_pnl_usd": "-1.5",
              "margin_balance_usd": null
            },
            "currencies": [
              {
                "currency": "BTC",
                "equity": "0.6612664522199999",
                "equity_usd": "61000.1",
                "cash_balance": "0.66",
                "available": "0.5",
                "frozen": "0.000000000000000000",
                "liabilities": null,
                "interest": null,
                "unrealized_pnl": "1E-8",
                "margin_ratio": null,
                "auto_conversion_risk": 0,
                "forced_repayment_risk": 4,
                "collateral_restriction": 0,
                "collateral_enabled": true,
                "fields": {
                  "ccy": "BTC",
                  "eq": "0.6612664522199999",
                  "liab": "",
                  "n": 1.50,
                  "twap": "4"
                },
                "risk": {
                  "level": "critical",
                  "margin_usage": null,
                  "reasons": [
                    "forced repayment 4/5"
                  ]
                }
              }
            ],
            "risk": {
              "level": "critical",
              "margin_usage": "0.0083538186",
              "source": "1 / mgnRatio",
              "reasons": [
                "margin usage 0.84 % from 1 / mgnRatio",
                "BTC forced repayment 4/5"
              ],
              "past_liquidation": false,
              "margin_level": "ok"
            },
            "problems": [],
            "margin_mode": null
          },
          {
            "name": "bybit \\"1\\"",
            "exchange": "bybit",
            "mode": null,
            "fetched_at": "2026-11-21T12:00:00.123Z",
            "error": {
              "kind": "auth",
              "message": "API key rejected"
            },
            "totals": null,
            "currencies": [],
            "risk": {
              "level": "unknown",
              "margin_usage": null,
              "source": null,
              "reasons": [
                "not read: auth: API key rejected"
              ],
              "past_liquidation": false,
              "margin_level": "unknown"
            },
            "problems": [],
            "margin_mode": null
          }
        ],
        "worst": {
          "account": "okx-main",
          "level": "critical",
          "margin_usage": "0.0083538186"
        }
      }

      """
    #expect(SnapshotJSON.document([Self.okx, Self.failed]) == expected)
  }

  @Test func jsonParsesAndKeepsAmountsAsStrings() throws {
    let data = Data(SnapshotJSON.document([Self.okx, Self.failed]).utf8)
    let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let accounts = try #require(root["accounts"] as? [[String: Any]])
    #expect(accounts.count == 2)
    let totals = try #require(accounts[0]["totals"] as? [String: Any])
    #expect(totals["equity_usd"] as? String == "12345.678900000000000001")
  }

  @Test func tableAlignsColumnsAndShowsDashForNotApplicable() {
    let text = SnapshotTable.text([Self.okx, Self.failed])
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(lines[0] == "okx-main  OKX  multi-ccy margin  fetched 2026-11-21T12:00:00.123Z")
    let header = lines.first { $0.hasPrefix("  CCY") } ?? ""
    let row = lines.first { $0.hasPrefix("  BTC") } ?? ""
    // Right-aligned amounts end in the same column as their header.
    #expect(header.count == row.count)
    #expect(row.contains("0.6612664522199999"))
    #expect(row.contains("—"))
    #expect(!row.contains(" 0 "))
    #expect(text.contains("bybit \"1\"  Bybit  ERROR auth: API key rejected"))
  }

  @Test func textTableRightAlignsNumbers() {
    var table = TextTable(headers: ["A", "NUMBER"], alignments: [.left, .right])
    table.rows = [["x", "1.5"], ["long", "—"]]
    #expect(table.lines() == ["A     NUMBER", "x        1.5", "long       —"])
  }

  @Test func collectKeepsTheSourcesOrderAndClassifiesFailures() async {
    struct Source: BalanceSource {
      var accountName: String
      var venue: Venue = .okx
      var minimumInterval: Duration = .seconds(1)
      var delay: Duration
      var fails: Bool
      func fetchSnapshot() async throws(ExchangeError) -> AccountSnapshot {
        try? await Task.sleep(for: delay)
        if fails { throw ExchangeError(kind: .timeout, message: "no answer") }
        return AccountSnapshot(venue: venue, accountName: accountName, mode: .spot, fetchedAt: .now, totals: .init(), currencies: [])
      }
    }
    let outcomes = await SnapshotOutcome.collect([
      Source(accountName: "slow", delay: .milliseconds(50), fails: false), Source(accountName: "fast", delay: .zero, fails: true),
    ])
    #expect(outcomes.map(\.accountName) == ["slow", "fast"])
    guard case .failure(let error) = outcomes[1].result else {
      Issue.record("expected a failure")
      return
    }
    #expect(error.kind == .timeout)
  }
}
