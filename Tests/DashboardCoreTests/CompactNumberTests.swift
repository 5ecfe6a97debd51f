import DashboardCore
import Foundation
import Testing

@Suite("Compact numbers in narrow columns")
struct CompactNumberTests {
  let plain = AmountFormatter(privacy: false, glyphs: .unicode)

  @Test("Examples", arguments: [
    ("43,505,220.00", 6, "43.51M"), ("43,505,220.00", 4, "44M"), ("-1,570,000,000", 6, "-1.57B"),
    ("999,999", 3, "1M"), ("999,999", 4, "1.0M"), ("999,400", 4, "999K"), ("1,234,567,890,123,456", 6, "1235T"),
    ("12,345", 3, "12K"), ("12,345", 2, "##"),
  ])
  func examples(text: String, width: Int, shown: String) {
    #expect(plain.fit(text, width: width) == shown, "\(text) in \(width)")
  }

  /// A compact figure, read back, is the exact value rounded half away from zero at its last
  /// shown digit, and never wider than asked.
  @Test("Compact figures read back to the exact value rounded at their last digit")
  func readBack() throws {
    var generator = SplitMix(seed: 0x636F_6D70_6163)
    let scales: [Character: Int] = ["K": 3, "M": 6, "B": 9, "T": 12]
    var checked = 0
    for _ in 0..<5_000 {
      let integerDigits = 4 + Int(generator.next() % 14)
      let integer = String((0..<integerDigits).map { index in Character(String(generator.next() % (index == 0 ? 9 : 10) + (index == 0 ? 1 : 0))) })
      let fraction = String((0..<Int(generator.next() % 9)).map { _ in Character(String(generator.next() % 10)) })
      let sign = generator.next() % 3 == 0 ? "-" : ""
      let text = sign + integer + (fraction.isEmpty ? "" : "." + fraction)
      let width = 3 + Int(generator.next() % 6)
      guard text.count > width else { continue }
      let shown = plain.fit(text, width: width)
      #expect(shown.count <= width, "\(text) in \(width): \(shown)")
      guard let suffix = shown.last, let power = scales[suffix] else {
        // An integer part that fits keeps its digits and loses only fraction digits, marked.
        let cut = shown.hasSuffix("…") && text.hasPrefix(shown.dropLast())
        #expect(cut || shown.allSatisfy { $0 == "#" }, "\(text) in \(width): \(shown)")
        continue
      }
      let mantissaText = String(shown.dropLast()).replacingOccurrences(of: ",", with: "")
      let mantissa = try #require(Decimal(string: mantissaText))
      let decimals = mantissaText.split(separator: ".").dropFirst().first?.count ?? 0
      var exact = try #require(Decimal(string: text)) / pow(Decimal(10), power)
      var rounded = Decimal()
      NSDecimalRound(&rounded, &exact, decimals, .plain)
      #expect(mantissa == rounded, "\(text) in \(width): \(shown)")
      checked += 1
    }
    #expect(checked > 1_000)
  }
}
