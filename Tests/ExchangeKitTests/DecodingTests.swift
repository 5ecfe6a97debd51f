import ExchangeKit
import ExchangeModel
import Foundation
import Testing

@Suite struct DecodingTests {
  let fetchedAt = Date(timeIntervalSince1970: 1_700_000_000)

  @Test(arguments: try Fixtures.all())
  func everyFixtureParses(_ name: String) throws {
    let value = try JSONParser.parse(Fixtures.data(name))
    guard case .object(let members) = value else {
      Issue.record("\(name) is not a JSON object")
      return
    }
    #expect(!members.isEmpty)
  }

  @Test(arguments: ["okx-balance-multiccy-ccxt.json", "okx-balance-docs-example.json"])
  func okxBalancesDecode(_ name: String) throws {
    let snapshot = try OKXBalanceDecoder.decode(
      Fixtures.data(name), accountName: "okx-main", mode: .multiCurrencyMargin, fetchedAt: fetchedAt)
    #expect(snapshot.venue == .okx)
    #expect(snapshot.accountName == "okx-main")
    #expect(!snapshot.currencies.isEmpty)
    #expect(snapshot.exchangeTime != nil)
    for currency in snapshot.currencies {
      #expect(currency.fields["ccy"] == .string(currency.currency))
    }
  }

  @Test(arguments: [
    "bybit-wallet-UNIFIED-ccxt.json", "bybit-wallet-UNIFIED-docs.json", "bybit-wallet-UNIFIED-ccxtsrc-comment.json",
  ])
  func bybitWalletsDecode(_ name: String) throws {
    let snapshot = try BybitWalletDecoder.decode(
      Fixtures.data(name), accountName: "bybit", mode: .unified, fetchedAt: fetchedAt)
    #expect(snapshot.venue == .bybit)
    #expect(!snapshot.currencies.isEmpty)
    #expect(snapshot.exchangeTime != nil)
    #expect(snapshot.totals.equityUSD != nil)
  }

  @Test func okxRecordedBalanceKeepsEveryFieldExactly() throws {
    let data = try Fixtures.data("okx-balance-multiccy-ccxt.json")
    let snapshot = try OKXBalanceDecoder.decode(data, accountName: "a", mode: .multiCurrencyMargin, fetchedAt: fetchedAt)
    guard case .object(let root) = try JSONParser.parse(data), case .array(let items)? = root["data"],
      case .object(let account) = items[0], case .array(let details)? = account["details"]
    else {
      Issue.record("unexpected fixture shape")
      return
    }
    #expect(snapshot.currencies.count == 13)
    #expect(snapshot.totals.fields.count == account.count - 1)
    #expect(snapshot.totals.fields["details"] == nil)
    for (currency, detail) in zip(snapshot.currencies, details) {
      #expect(RawField.object(currency.fields) == detail)
      #expect(currency.fields.count == 44)
    }
    let btc = try #require(snapshot.currencies.first { $0.currency == "BTC" })
    #expect(btc.available?.text == "0.6612664522199999")
    #expect(btc.cashBalance?.text == "1.06126645222")
    #expect(btc.marginRatio == nil)  // "" in multi-currency margin: not applicable, never zero
    #expect(btc.collateralEnabled == true)
    let usdt = try #require(snapshot.currencies.first { $0.currency == "USDT" })
    #expect(usdt.frozen?.text == "441.02")
    #expect(usdt.equity?.text == "0.000258796")
    #expect(snapshot.totals.marginRatio?.text == "15986.632239614408")
    #expect(snapshot.totals.adjustedEquityUSD?.text == "152550.80919105993")
  }

  @Test func okxMarginUsageIsTheReciprocalOfMgnRatio() throws {
    let snapshot = try OKXBalanceDecoder.decode(
      okxBalance(account: #""mgnRatio":"4","totalEq":"10""#), accountName: "a", mode: .multiCurrencyMargin,
      fetchedAt: fetchedAt)
    #expect(snapshot.risk.marginUsage?.value == ExactDecimal("0.25"))
    let empty = try OKXBalanceDecoder.decode(
      okxBalance(account: #""mgnRatio":"","mmr":"0""#), accountName: "a", mode: .spot, fetchedAt: fetchedAt)
    #expect(empty.totals.marginRatio == nil)
    #expect(empty.risk.marginUsage == nil)
    #expect(empty.risk.level == .none)
    #expect(empty.totals.maintenanceMarginUSD?.isZero == true)
  }

  @Test func bybitMarginUsageComesFromTheExactFiguresWhereSent() throws {
    let snapshot = try BybitWalletDecoder.decode(
      Fixtures.data("bybit-wallet-UNIFIED-docs.json"), accountName: "b", mode: .unified, fetchedAt: fetchedAt,
      marginInfo: MarginInfo(marginMode: .regular))
    // The docs' example owes nothing and has no maintenance margin: nothing to liquidate.
    #expect(snapshot.totals.maintenanceMarginUSD?.isZero == true)
    #expect(snapshot.risk.level == .none)
    #expect(snapshot.risk.marginUsage == nil)
    #expect(snapshot.totals.marginRatio == snapshot.totals.fields["accountMMRate"].flatMap(amount))
  }

  @Test func bybitRecordedWalletMapsTheCommonView() throws {
    let snapshot = try BybitWalletDecoder.decode(
      Fixtures.data("bybit-wallet-UNIFIED-ccxt.json"), accountName: "b", mode: .unified, fetchedAt: fetchedAt)
    #expect(snapshot.exchangeTime == Date(timeIntervalSince1970: 1_736_866_023.302))
    #expect(snapshot.totals.equityUSD?.text == "92255.96988644")
    #expect(snapshot.totals.unrealizedPnLUSD?.text == "-21.66812467")
    // accountMMRate is "0" (rounded); the exact quotient is 7.38826721 / 90042.2788482.
    let maintenance = try #require(ExactDecimal("7.38826721"))
    let balance = try #require(ExactDecimal("90042.2788482"))
    let exact = try #require(RiskThresholds.quotient(maintenance, balance))
    let withMode = try BybitWalletDecoder.decode(
      Fixtures.data("bybit-wallet-UNIFIED-ccxt.json"), accountName: "b", mode: .unified, fetchedAt: fetchedAt,
      marginInfo: MarginInfo(marginMode: .regular))
    #expect(withMode.risk.marginUsage?.value == exact)
    #expect(withMode.risk.level == .ok)
    // Without the margin mode, the account-wide figures may not apply: unknown, never ok.
    #expect(snapshot.risk.level == .unknown)
    let usdc = try #require(snapshot.currencies.first)
    #expect(usdc.currency == "USDC")
    #expect(usdc.available == nil)  // availableToWithdraw is "" since 2025
    #expect(usdc.liabilities?.text == "0.000000000000000000")
    #expect(usdc.collateralEnabled == true)
    #expect(usdc.fields["availableToBorrow"] == .string(""))
    #expect(usdc.fields["collateralSwitch"] == .bool(true))
  }

  @Test func leniencyNumbersAsStringsBooleansScientificUnknownKeys() throws {
    let body = """
      {"retCode":"0","retMsg":"OK","time":"1700000000000","unknown":{"x":[1,2]},"result":{"list":[{
      "accountType":"UNIFIED","totalEquity":1.5e3,"accountMMRate":"","newField":"x","coin":[
      {"coin":"BTC","equity":"1E-7","walletBalance":"12.000000000000000001","locked":"","marginCollateral":"true",
       "collateralSwitch":false,"colRes":"-1","borrowAmount":0}]}]}}
      """
    let snapshot = try BybitWalletDecoder.decode(Data(body.utf8), accountName: "b", mode: .unified, fetchedAt: fetchedAt)
    #expect(snapshot.totals.equityUSD?.value == 1500)
    #expect(snapshot.totals.equityUSD?.text == "1.5e3")
    #expect(snapshot.totals.marginRatio == nil)
    #expect(snapshot.risk.marginUsage == nil)
    let btc = try #require(snapshot.currencies.first)
    #expect(btc.equity?.value == ExactDecimal("0.0000001"))
    #expect(btc.cashBalance?.text == "12.000000000000000001")
    #expect(btc.frozen == nil)
    #expect(btc.collateralEnabled == false)
    #expect(btc.collateralRestriction == -1)
    #expect(btc.liabilities?.isZero == true)
    #expect(btc.fields["borrowAmount"] == .number("0"))
    let okx = try OKXBalanceDecoder.decode(
      Data(#"{"code":0,"data":[{"totalEq":"1","details":[]}],"msg":""}"#.utf8), accountName: "a", mode: .spot,
      fetchedAt: fetchedAt)
    #expect(okx.totals.equityUSD?.text == "1")
  }

  @Test func emptyOKXDataIsAnEmptySnapshot() throws {
    let snapshot = try OKXBalanceDecoder.decode(
      Data(#"{"code":"0","msg":"","data":[]}"#.utf8), accountName: "a", mode: .spot, fetchedAt: fetchedAt)
    #expect(snapshot.currencies.isEmpty)
    #expect(snapshot.totals.equityUSD == nil)
  }

  @Test func truncatedJSONIsADecodeError() throws {
    let data = try Fixtures.data("okx-balance-multiccy-ccxt.json")
    for cut in [1, 100, data.count / 2, data.count - 3] {
      #expect(throws: ExchangeError.self) {
        try OKXBalanceDecoder.decode(data.prefix(cut), accountName: "a", mode: .spot, fetchedAt: fetchedAt)
      }
      do {
        _ = try OKXBalanceDecoder.decode(data.prefix(cut), accountName: "a", mode: .spot, fetchedAt: fetchedAt)
      } catch {
        #expect(error.kind == .decode)
      }
    }
  }

  @Test func anErrorEnvelopeThrowsItsClassifiedKind() {
    #expect {
      try BybitWalletDecoder.decode(
        Data(#"{"retCode":10004,"retMsg":"error sign! origin_string[KEY]","result":{}}"#.utf8), accountName: "b",
        mode: .unified, fetchedAt: fetchedAt)
    } throws: { error in
      (error as? ExchangeError)?.kind == .auth && (error as? ExchangeError)?.message.contains("KEY") == false
    }
  }

  @Test func configQueryApiAndServerTimeDecode() throws {
    let lv1 = try OKXConfigDecoder.decode(Fixtures.data("okx-account-config-acctlv1-ccxt.json"))
    #expect(lv1.mode == .spot)
    #expect(lv1.canTrade && lv1.canWithdraw && !lv1.readOnly)
    #expect(lv1.boundIPs.isEmpty)
    #expect(lv1.label == "Ray2")
    #expect(lv1.userID == "374579799097793561")
    let lv2 = try OKXConfigDecoder.decode(Fixtures.data("okx-account-config-acctlv2-docs.json"))
    #expect(lv2.mode == .futures)
    let key = try BybitKeyInfoDecoder.decode(Fixtures.data("bybit-query-api-docs.json"))
    #expect(key.readOnly)
    #expect(!key.canTrade)
    #expect(key.mode == .unified)
    #expect(key.boundIPs.count == 3)
    #expect(key.userID == "1448939")
    #expect(
      try ServerTimeDecoder.decode(Fixtures.data("okx-public-time-ccxt.json"), venue: .okx)
        == Date(timeIntervalSince1970: 1_712_250_348.676))
    let bybitTime = try ServerTimeDecoder.decode(Fixtures.data("bybit-market-time-docs.json"), venue: .bybit)
    #expect(abs(bybitTime.timeIntervalSince1970 - 1_688_639_403.423) < 0.001)
  }

  @Test func okxModesFromAcctLv() {
    #expect(OKXConfigDecoder.mode(acctLv: 3) == .multiCurrencyMargin)
    #expect(OKXConfigDecoder.mode(acctLv: 4) == .portfolioMargin)
    #expect(OKXConfigDecoder.mode(acctLv: 9) == .unknown)
    #expect(OKXConfigDecoder.mode(acctLv: nil) == .unknown)
  }

  private func amount(_ field: RawField) -> Amount? {
    if case .string(let s) = field { return Amount(s) }
    return nil
  }

  private func okxBalance(account: String) -> Data {
    Data(#"{"code":"0","msg":"","data":[{\#(account),"details":[]}]}"#.utf8)
  }
}
