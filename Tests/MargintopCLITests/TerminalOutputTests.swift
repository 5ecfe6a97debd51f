import ExchangeKit
import ExchangeModel
import Foundation
import Logging
import Testing

@testable import MargintopCLI

/// Text from outside on its way to a terminal: the snapshot table, `check`, the JSON and the log
/// show control and escape characters escaped, never raw (issue #12).
@Suite struct TerminalOutputTests {
  /// Clears the screen, retitles the window (OSC 0 ended by BEL), and reverses the text's direction.
  static let hostile = "\u{1B}[2J\u{1B}]0;pwned\u{07}B\u{202E}TC\r\n\u{9B}31m"

  @Test func theSanitiserEscapesEveryControlAndNothingElse() {
    #expect(TerminalText.escaped(Self.hostile) == #"\x1B[2J\x1B]0;pwned\x07B\u{202E}TC\r\n\u{9B}31m"#)
    #expect(TerminalText.escaped("a\nb\tc", keepingNewlines: true) == "a\nb\\tc")
    #expect(TerminalText.escaped("\u{7F}\u{0}") == #"\x7F\x00"#)
    for plain in ["BTC", "C:\\path", "éß€😀 ─┐", "USDT-0.5"] {
      #expect(TerminalText.escaped(plain) == plain)
    }
  }

  @Test func theSnapshotTableShowsAHostileCurrencyEscaped() {
    let outcome = SnapshotOutcome(
      accountName: "okx-main", venue: .okx, finishedAt: SnapshotFormatTests.fetchedAt,
      result: .success(
        AccountSnapshot(
          venue: .okx, accountName: "okx-main", mode: .spot, fetchedAt: SnapshotFormatTests.fetchedAt,
          totals: AccountTotals(),
          currencies: [
            CurrencyBalance(currency: Self.hostile, equity: Amount("1"), fields: ["ccy": .string(Self.hostile)])
          ])))
    let table = SnapshotTable.text([outcome])
    #expect(!table.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x9B || $0.value == 0x202E })
    #expect(table.contains(#"\x1B[2J\x1B]0;pwned\x07B\u{202E}TC\r\n\u{9B}31m"#))
    let json = SnapshotJSON.document([outcome])
    #expect(!json.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x9B || $0.value == 0x202E })
    #expect(json.contains(#"\u001b[2J"#) && json.contains(#"\u009b31m"#) && json.contains(#"\u202e"#))
  }

  @Test func checkShowsAVenuesLabelAndBoundIPsEscaped() {
    let report = CheckReport(
      account: CommandPartsTests.account,
      result: .success(
        KeyInfo(
          mode: .spot, canTrade: false, canWithdraw: false, readOnly: true, boundIPs: ["1.2.3.4\u{1B}[8m"],
          label: "read\u{1B}]0;x\u{07}", userID: "42\r")))
    #expect(!report.text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x0D })
    #expect(report.text.contains(#"label        read\x1B]0;x\x07"#))
    #expect(report.text.contains(#"bound IPs    1.2.3.4\x1B[8m"#))
    #expect(report.text.contains(#"user id      42\r"#))
  }

  @Test func logLinesCarryNoRawControls() {
    let line = FileLogHandler.format(
      LogEvent(level: .warning, message: "venue said \(Self.hostile)", metadata: nil, source: "t", file: "f", function: "g", line: 1),
      label: "t", metadata: ["ccy": .string("\u{1B}[31m")], at: SnapshotFormatTests.fetchedAt)
    #expect(!line.unicodeScalars.contains { TerminalText.isControl($0) })
    #expect(line.hasSuffix(#"ccy=\x1B[31m"#))
  }
}
