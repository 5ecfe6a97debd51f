import ExchangeKit
import ExchangeModel
import ExchangeSimulator
import Foundation
import Testing

@testable import MargintopCLI

/// The pure parts of `check`, `simulate` and the refresh clamp.
@Suite struct CommandPartsTests {
  static let account = AccountConfig(
    name: "okx-main", venue: .okx, credentials: Credentials(apiKey: "abcd1234efgh5678", secret: Secret("s3cr3t-xyz"), passphrase: Secret("pp-123")))

  @Test func checkWarnsLoudlyWhenAKeyCanTradeOrWithdraw() {
    let risky = CheckReport(
      account: Self.account, result: .success(KeyInfo(mode: .portfolioMargin, canTrade: true, canWithdraw: true, readOnly: false)))
    #expect(risky.text.contains("okx-main (OKX live, key abcd…78): OK"))
    #expect(risky.text.contains("permissions  read, TRADE, WITHDRAW"))
    #expect(risky.warnings.count == 1)
    #expect(risky.warnings[0].contains("!!! WARNING: the API key of account \"okx-main\" can TRADE and WITHDRAW."))

    let safe = CheckReport(
      account: Self.account,
      result: .success(KeyInfo(mode: .multiCurrencyMargin, canTrade: false, canWithdraw: false, readOnly: true, boundIPs: ["1.2.3.4"])))
    #expect(safe.warnings.isEmpty)
    #expect(safe.text.contains("permissions  read (read-only key)"))
    #expect(safe.text.contains("bound IPs    1.2.3.4"))

    let failed = CheckReport(account: Self.account, result: .failure(ExchangeError(kind: .ip, code: "50110", message: "IP not allowed")))
    #expect(failed.text == "okx-main (OKX live, key abcd…78): FAILED ip: IP not allowed (code 50110)\n")
    for text in [risky.text, safe.text, failed.text] + risky.warnings {
      #expect(!text.contains("s3cr3t-xyz") && !text.contains("pp-123") && !text.contains("abcd1234efgh5678"))
    }
  }

  @Test func simulateJSONIsOneLineInTheDocumentedOrder() throws {
    let okx = SimulatedKey(apiKey: "ok-key", secret: "ok-secret", passphrase: "ok-pass", venue: .okx, mode: .multiCurrencyMargin)
    let bybit = SimulatedKey(apiKey: "by-key", secret: "by-secret", venue: .bybit, mode: .unified)
    let line = SimulatorBanner.json(baseURL: try #require(URL(string: "http://127.0.0.1:4321")), okx: okx, bybit: bybit)
    #expect(
      line
        == #"{"base_url": "http://127.0.0.1:4321", "okx": {"api_key": "ok-key", "secret": "ok-secret", "passphrase": "ok-pass"}, "bybit": {"api_key": "by-key", "secret": "by-secret"}}"#
        + "\n")
  }

  @Test func refreshIsRaisedToTheVenuesFloorWithAWarning() {
    let raised = RefreshPolicy(requested: .milliseconds(500), minimums: [.seconds(1), .seconds(2)])
    #expect(raised.interval == .seconds(2))
    #expect(raised.floor == .seconds(2))
    #expect(raised.warning == "refresh 0.5 s is below what the venues' rate limits allow; using 2 s")
    let kept = RefreshPolicy(requested: .seconds(5), minimums: [.seconds(1)])
    #expect(kept.interval == .seconds(5) && kept.warning == nil)
  }
}
