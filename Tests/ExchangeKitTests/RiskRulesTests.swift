import ExchangeKit
import ExchangeModel
import Foundation
import Testing

/// Every risk rule, for every account mode of both venues, through the real decoders: each case
/// is a venue answer (fields as raw JSON, so a number and a string differ), the level it must
/// give, and the sentence of the venue's document the rule rests on.
@Suite struct RiskRulesTests {
  /// One case of the table.
  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var venue: Venue
    var mode: AccountMode
    var marginInfo = MarginInfo()
    /// Account-level fields, values as raw JSON text (`"\"-2\""` is a string, `"4"` a number).
    var account: [(String, String)]
    /// Currencies: code and fields as raw JSON text.
    var currencies: [(String, [(String, String)])] = []
    var level: RiskLevel
    /// The margin usage expected, as decimal text; `nil` for none.
    var usage: String? = nil
    var pastLiquidation = false
    /// The document's words the rule rests on.
    var document: String

    var testDescription: String { name }
  }

  static let okxLiquidation =
    "OKX get-balance, mgnRatio: \"Values at or below 1.0 indicate the account is at or past the liquidation boundary\""
  static let okxEmpty = "OKX get-balance: \"\" is \"returned for inapplicable fields under the current account level\""
  static let okxFutures =
    "OKX get-balance, details mgnRatio: \"Cross maintenance margin ratio of currency … Applicable to Futures mode and when there is cross position\""
  static let okxScale =
    "OKX get-balance, colBorrAutoConversion: \"0: no risk; 1/2/3: at risk; 4: conversion soon; 5: conversion in progress\"; twap: \"larger is more likely\""
  static let bybitLiquidation = "Bybit UTA trading rules: \"Liquidation is triggered when MMR reaches 100%\""
  static let bybitNotApplicable =
    "Bybit wallet-balance: \"All account wide fields are not applicable to UTA2.0(isolated margin), UTA1.0(isolated margin), UTA1.0(CONTRACT), classic account(SPOT, CONTRACT)\""
  static let bybitRounded = "Bybit wallet-balance: accountMMRate is rounded to 4 decimals; totalMaintenanceMargin / totalMarginBalance is exact"

  static let regular = MarginInfo(marginMode: .regular, unifiedMarginStatus: 5)

  static let cases: [Case] = [
    // OKX spot, multi-currency and portfolio margin: the account mgnRatio.
    Case(
      name: "OKX MCM mgnRatio 2 is 50 % watch", venue: .okx, mode: .multiCurrencyMargin,
      account: [("mgnRatio", "\"2\""), ("mmr", "\"100\""), ("adjEq", "\"200\"")], level: .watch, usage: "0.5",
      document: okxLiquidation),
    Case(
      name: "OKX MCM mgnRatio 1.02 is critical (98 %)", venue: .okx, mode: .multiCurrencyMargin,
      account: [("mgnRatio", "\"1.02\""), ("mmr", "\"100\""), ("adjEq", "\"102\"")], level: .critical,
      usage: "0.9803921569", document: okxLiquidation),
    Case(
      name: "OKX PM mgnRatio 0.9 is past liquidation", venue: .okx, mode: .portfolioMargin,
      account: [("mgnRatio", "\"0.9\""), ("mmr", "\"100\""), ("adjEq", "\"90\"")], level: .critical,
      usage: "1.1111111111", pastLiquidation: true, document: okxLiquidation),
    Case(
      name: "OKX negative mgnRatio with negative adjEq is critical, never negative usage", venue: .okx,
      mode: .multiCurrencyMargin, account: [("mgnRatio", "\"-2\""), ("adjEq", "\"-200\""), ("mmr", "\"100\"")],
      level: .critical, pastLiquidation: true, document: okxLiquidation),
    Case(
      name: "OKX mgnRatio -0.35 alone is critical", venue: .okx, mode: .spot, account: [("mgnRatio", "\"-0.35\"")],
      level: .critical, pastLiquidation: true, document: okxLiquidation),
    Case(
      name: "OKX mgnRatio 0 with adjEq 0 and mmr 100 is critical", venue: .okx, mode: .multiCurrencyMargin,
      account: [("mgnRatio", "\"0\""), ("adjEq", "\"0\""), ("mmr", "\"100\"")], level: .critical, pastLiquidation: true,
      document: okxLiquidation),
    Case(
      name: "OKX mgnRatio empty with mmr 0 and no liabilities is none", venue: .okx, mode: .multiCurrencyMargin,
      account: [("mgnRatio", "\"\""), ("mmr", "\"0\""), ("imr", "\"0\"")],
      currencies: [("BTC", [("eq", "\"1\""), ("liab", "\"\"")])], level: .none, document: okxEmpty),
    Case(
      name: "OKX mgnRatio empty with mmr above zero is unknown", venue: .okx, mode: .multiCurrencyMargin,
      account: [("mgnRatio", "\"\""), ("mmr", "\"50\"")], level: .unknown, document: okxEmpty),
    Case(
      name: "OKX mgnRatio empty with a liability is unknown", venue: .okx, mode: .spot,
      account: [("mgnRatio", "\"\""), ("mmr", "\"0\"")], currencies: [("USDC", [("liab", "\"100\"")])], level: .unknown,
      document: okxEmpty),
    Case(
      name: "OKX mgnRatio NaN is unknown", venue: .okx, mode: .multiCurrencyMargin,
      account: [("mgnRatio", "\"NaN\""), ("mmr", "\"50\"")], level: .unknown, document: okxLiquidation),
    Case(
      name: "OKX mgnRatio 95% is unknown", venue: .okx, mode: .multiCurrencyMargin,
      account: [("mgnRatio", "\"95%\""), ("mmr", "\"50\"")], level: .unknown, document: okxLiquidation),
    Case(
      name: "OKX mgnRatio 1e200 (outside the decimal range) is unknown", venue: .okx, mode: .multiCurrencyMargin,
      account: [("mgnRatio", "\"1e200\""), ("mmr", "\"50\"")], level: .unknown, document: okxLiquidation),
    Case(
      name: "OKX mgnRatio 1e127 is ok with a tiny usage", venue: .okx, mode: .multiCurrencyMargin,
      account: [("mgnRatio", "\"1e127\""), ("mmr", "\"50\"")], level: .ok, usage: "0", document: okxLiquidation),
    Case(
      name: "OKX mgnRatio sent as a JSON number", venue: .okx, mode: .multiCurrencyMargin,
      account: [("mgnRatio", "4"), ("mmr", "\"50\"")], level: .ok, usage: "0.25", document: okxLiquidation),
    // OKX Futures mode: the worst per-currency cross ratio.
    Case(
      name: "OKX futures USDT cross mgnRatio 1.02 is critical, named", venue: .okx, mode: .futures,
      account: [("mgnRatio", "\"\""), ("isoEq", "\"0\"")],
      currencies: [
        ("BTC", [("mgnRatio", "\"\""), ("mmr", "\"0\"")]), ("USDT", [("mgnRatio", "\"1.02\""), ("mmr", "\"500\"")]),
      ], level: .critical, usage: "0.9803921569", document: okxFutures),
    Case(
      name: "OKX futures cross mgnRatio 5 is ok", venue: .okx, mode: .futures, account: [("mgnRatio", "\"\"")],
      currencies: [("USDT", [("mgnRatio", "\"5\""), ("mmr", "\"100\"")])], level: .ok, usage: "0.2", document: okxFutures),
    Case(
      name: "OKX futures with no cross position and no isolated one is none", venue: .okx, mode: .futures,
      account: [("mgnRatio", "\"\""), ("isoEq", "\"0\"")], currencies: [("USDT", [("mgnRatio", "\"\""), ("isoEq", "\"0\"")])],
      level: .none, document: okxFutures),
    Case(
      name: "OKX futures isolated position makes it unknown", venue: .okx, mode: .futures,
      account: [("mgnRatio", "\"\""), ("isoEq", "\"1200\"")], currencies: [("USDT", [("mgnRatio", "\"5\""), ("mmr", "\"100\"")])],
      level: .unknown, usage: "0.2", document: okxFutures),
    Case(
      name: "OKX futures isolated position does not hide a critical cross ratio", venue: .okx, mode: .futures,
      account: [("mgnRatio", "\"\""), ("isoEq", "\"1200\"")],
      currencies: [("USDT", [("mgnRatio", "\"0.8\""), ("mmr", "\"100\"")])], level: .critical, usage: "1.25",
      pastLiquidation: true, document: okxFutures),
    Case(
      name: "OKX futures negative cross ratio is critical", venue: .okx, mode: .futures, account: [("mgnRatio", "\"\"")],
      currencies: [("USDT", [("mgnRatio", "\"-1\""), ("mmr", "\"100\"")])], level: .critical, pastLiquidation: true,
      document: okxFutures),
    Case(
      name: "OKX mode unknown is never none", venue: .okx, mode: .unknown, account: [("mgnRatio", "\"\""), ("mmr", "\"\"")],
      level: .unknown, document: okxEmpty),
    // Currency scales.
    Case(
      name: "OKX auto-conversion 5 is critical whatever the ratio", venue: .okx, mode: .multiCurrencyMargin,
      account: [("mgnRatio", "\"10\""), ("mmr", "\"10\"")], currencies: [("USDC", [("colBorrAutoConversion", "\"5\"")])],
      level: .critical, usage: "0.1", document: okxScale),
    Case(
      name: "OKX twap 4.0 reads as 4", venue: .okx, mode: .multiCurrencyMargin, account: [("mgnRatio", "\"10\""), ("mmr", "\"10\"")],
      currencies: [("USDC", [("twap", "\"4.0\"")])], level: .critical, usage: "0.1", document: okxScale),
    Case(
      name: "OKX colBorrAutoConversion as the JSON number 4", venue: .okx, mode: .multiCurrencyMargin,
      account: [("mgnRatio", "\"10\""), ("mmr", "\"10\"")], currencies: [("USDC", [("colBorrAutoConversion", "4")])],
      level: .critical, usage: "0.1", document: okxScale),
    Case(
      name: "OKX twap with a space is unknown, never blank", venue: .okx, mode: .multiCurrencyMargin,
      account: [("mgnRatio", "\"10\""), ("mmr", "\"10\"")], currencies: [("USDC", [("twap", "\" 4\"")])], level: .unknown,
      usage: "0.1", document: okxScale),
    Case(
      name: "OKX twap 7 (outside 0–5) is unknown", venue: .okx, mode: .multiCurrencyMargin,
      account: [("mgnRatio", "\"10\""), ("mmr", "\"10\"")], currencies: [("USDC", [("twap", "\"7\"")])], level: .unknown,
      usage: "0.1", document: okxScale),
    Case(
      name: "OKX duplicate currency entry is unknown", venue: .okx, mode: .multiCurrencyMargin,
      account: [("mgnRatio", "\"10\""), ("mmr", "\"10\"")],
      currencies: [("BTC", [("eq", "\"1\"")]), ("BTC", [("eq", "\"2\"")])], level: .unknown, usage: "0.1",
      document: "a balance lists each currency once; a repeated entry cannot be read without guessing"),
    // Bybit cross and portfolio margin.
    Case(
      name: "Bybit cross uses totalMaintenanceMargin / totalMarginBalance", venue: .bybit, mode: .unified,
      marginInfo: regular,
      account: [("accountMMRate", "\"0\""), ("totalMaintenanceMargin", "\"7.388\""), ("totalMarginBalance", "\"90042\"")],
      level: .ok, usage: "0.0000820506", document: bybitRounded),
    Case(
      name: "Bybit accountMMRate 0.9 is danger", venue: .bybit, mode: .unified, marginInfo: regular,
      account: [("accountMMRate", "\"0.9\""), ("totalMaintenanceMargin", "\"900\""), ("totalMarginBalance", "\"1000\"")],
      level: .danger, usage: "0.9", document: bybitLiquidation),
    Case(
      name: "Bybit negative accountMMRate is critical", venue: .bybit, mode: .unified, marginInfo: regular,
      account: [("accountMMRate", "\"-0.1\"")], currencies: [("USDT", [("borrowAmount", "\"10\"")])], level: .critical,
      pastLiquidation: true, document: bybitLiquidation),
    Case(
      name: "Bybit margin balance at or below zero with maintenance margin is critical", venue: .bybit, mode: .unified,
      marginInfo: regular,
      account: [("accountMMRate", "\"0.5\""), ("totalMaintenanceMargin", "\"100\""), ("totalMarginBalance", "\"-5\"")],
      level: .critical, pastLiquidation: true, document: bybitLiquidation),
    Case(
      name: "Bybit portfolio margin uses the account-wide figures", venue: .bybit, mode: .unified,
      marginInfo: MarginInfo(marginMode: .portfolio, unifiedMarginStatus: 6),
      account: [("accountMMRate", "\"0.75\""), ("totalMaintenanceMargin", "\"75\""), ("totalMarginBalance", "\"100\"")],
      level: .warn, usage: "0.75", document: bybitLiquidation),
    Case(
      name: "Bybit cross with nothing owed is none", venue: .bybit, mode: .unified, marginInfo: regular,
      account: [("accountMMRate", "\"0\""), ("totalMaintenanceMargin", "\"0\""), ("totalMarginBalance", "\"1000\"")],
      currencies: [("USDT", [("borrowAmount", "\"0\""), ("totalPositionMM", "\"0\"")])], level: .none,
      document: bybitLiquidation),
    // Bybit modes where account-wide figures do not apply.
    Case(
      name: "Bybit isolated margin with accountMMRate 0 and a position is unknown", venue: .bybit, mode: .unified,
      marginInfo: MarginInfo(marginMode: .isolated, unifiedMarginStatus: 5), account: [("accountMMRate", "\"0\"")],
      currencies: [("USDT", [("totalPositionMM", "\"12\"")])], level: .unknown, document: bybitNotApplicable),
    Case(
      name: "Bybit isolated margin holding only coins is none", venue: .bybit, mode: .unified,
      marginInfo: MarginInfo(marginMode: .isolated, unifiedMarginStatus: 5), account: [("accountMMRate", "\"\"")],
      currencies: [("BTC", [("borrowAmount", "\"0\""), ("totalPositionMM", "\"0\"")])], level: .none,
      document: bybitNotApplicable),
    Case(
      name: "Bybit classic CONTRACT wallet with a position is unknown", venue: .bybit, mode: .contract,
      account: [("accountMMRate", "\"0\"")], currencies: [("USDT", [("totalPositionMM", "\"12\"")])], level: .unknown,
      document: bybitNotApplicable),
    Case(
      name: "Bybit margin mode unknown is never ok", venue: .bybit, mode: .unified,
      marginInfo: MarginInfo(unavailableReason: "account info: auth"),
      account: [("accountMMRate", "\"0.1\""), ("totalMaintenanceMargin", "\"10\""), ("totalMarginBalance", "\"100\"")],
      level: .unknown, usage: "0.1", document: bybitNotApplicable),
    Case(
      name: "Bybit margin mode unknown keeps a known danger", venue: .bybit, mode: .unified,
      marginInfo: MarginInfo(unavailableReason: "account info: auth"),
      account: [("accountMMRate", "\"0.9\""), ("totalMaintenanceMargin", "\"90\""), ("totalMarginBalance", "\"100\"")],
      level: .danger, usage: "0.9", document: bybitLiquidation),
    Case(
      name: "Bybit accountMMRate abc is unknown", venue: .bybit, mode: .unified, marginInfo: regular,
      account: [("accountMMRate", "\"abc\"")], currencies: [("USDT", [("borrowAmount", "\"10\"")])], level: .unknown,
      document: bybitLiquidation),
    Case(
      name: "Bybit colRes 2 is danger", venue: .bybit, mode: .unified, marginInfo: regular,
      account: [("accountMMRate", "\"0.1\""), ("totalMaintenanceMargin", "\"10\""), ("totalMarginBalance", "\"100\"")],
      currencies: [("TON", [("colRes", "\"2\"")])], level: .danger, usage: "0.1",
      document: "Bybit wallet-balance, colRes: \"2: restricted (adding collateral … rejected)\""),
  ]

  @Test(arguments: cases)
  func rule(_ c: Case) throws {
    let snapshot = try Self.decode(c)
    let risk = snapshot.risk
    #expect(risk.level == c.level, "\(c.document); reasons: \(risk.reasons)")
    #expect(risk.marginUsage?.value == c.usage.flatMap { ExactDecimal($0) }, "\(c.document)")
    #expect(risk.pastLiquidation == c.pastLiquidation, "\(c.document)")
    #expect(!risk.reasons.isEmpty, "every reading says why")
  }

  @Test func futuresNamesTheDrivingCurrency() throws {
    let c = Self.cases.first { $0.name.hasPrefix("OKX futures USDT cross") }
    let risk = try Self.decode(try #require(c)).risk
    #expect(risk.marginCurrency == "USDT")
    #expect(risk.source == "USDT mgnRatio (cross)")
  }

  @Test func malformedAmountsAreProblemsNotBlanks() throws {
    let c = Case(
      name: "", venue: .okx, mode: .multiCurrencyMargin, account: [("mgnRatio", "\"10\""), ("mmr", "\"1\"")],
      currencies: [
        ("BTC", [("eq", "\"abc\""), ("availEq", "\"1e200\""), ("availBal", "\"5\""), ("cashBal", "\"1,000\""), ("upl", "\" 5\"")])
      ], level: .ok, document: "")
    let snapshot = try Self.decode(c)
    let btc = try #require(snapshot.currencies.first)
    #expect(btc.equity == nil)
    // availEq could not be read: it is never replaced by availBal.
    #expect(btc.available == nil)
    #expect(Set(snapshot.problems.map(\.field)) == ["BTC.eq", "BTC.availEq", "BTC.cashBal", "BTC.upl"])
    #expect(snapshot.problems.first { $0.field == "BTC.availEq" }?.message == "outside the decimal range")
    #expect(snapshot.problems.first { $0.field == "BTC.eq" }?.message == "not a number")
  }

  @Test func bybitCashBalanceExcludesBorrowedCoins() throws {
    let c = Case(
      name: "", venue: .bybit, mode: .unified, marginInfo: Self.regular, account: [],
      currencies: [("USDC", [("walletBalance", "\"2500\""), ("spotBorrow", "\"9500\""), ("borrowAmount", "\"9500\"")])],
      level: .unknown, document: "Bybit wallet-balance: \"Old walletBalance = New walletBalance - spotBorrow\"")
    let usdc = try #require(try Self.decode(c).currencies.first)
    #expect(usdc.cashBalance?.value == ExactDecimal(-7000))
    #expect(usdc.fields["walletBalance"] == .string("2500"))
  }

  /// The case as the venue's JSON, decoded by the real decoder.
  static func decode(_ c: Case) throws -> AccountSnapshot {
    func object(_ fields: [(String, String)]) -> String {
      "{" + fields.map { "\"\($0.0)\":\($0.1)" }.joined(separator: ",") + "}"
    }
    let fetchedAt = Date(timeIntervalSince1970: 1_700_000_000)
    switch c.venue {
    case .okx:
      let details = c.currencies.map { object([("ccy", "\"\($0.0)\"")] + $0.1) }.joined(separator: ",")
      let account = object(c.account + [("details", "[" + details + "]")])
      let body = "{\"code\":\"0\",\"msg\":\"\",\"data\":[" + account + "]}"
      return try OKXBalanceDecoder.decode(Data(body.utf8), accountName: "a", mode: c.mode, fetchedAt: fetchedAt)
    case .bybit:
      let coins = c.currencies.map { object([("coin", "\"\($0.0)\"")] + $0.1) }.joined(separator: ",")
      let account = object(c.account + [("coin", "[" + coins + "]")])
      let body = "{\"retCode\":0,\"retMsg\":\"OK\",\"result\":{\"list\":[" + account + "]},\"time\":1700000000000}"
      return try BybitWalletDecoder.decode(
        Data(body.utf8), accountName: "b", mode: c.mode, fetchedAt: fetchedAt, marginInfo: c.marginInfo)
    }
  }
}
