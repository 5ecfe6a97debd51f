/// The compact form of a number too wide for its column: `43,505,220.00` in six cells reads
/// `43.51M`.
///
/// Suffixes are K (10³), M (10⁶), B (10⁹) and T (10¹²); the mantissa keeps as many of its two
/// decimals as the width allows and is rounded half away from zero, like every figure on screen.
/// It works on the digits of the text, so no precision is lost before the one rounding.
enum CompactNumber {
  private static let suffixes: [Character] = ["K", "M", "B", "T"]

  /// `text` (a plain or grouped decimal, optionally signed) in at most `width` cells, or `nil`
  /// when it is not a number of at least four integer digits or no compact form fits.
  static func text(_ text: String, width: Int) -> String? {
    var body = Substring(text)
    let negative = body.first == "-"
    if negative { body = body.dropFirst() }
    let parts = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
    let integer = parts[0].filter { $0 != "," }
    let fraction = parts.count > 1 ? String(parts[1]) : ""
    guard !integer.isEmpty, integer.count >= 4, integer.allSatisfy(\.isASCIIDigit), fraction.allSatisfy(\.isASCIIDigit)
    else { return nil }
    let significant = String(integer.drop { $0 == "0" })
    guard significant.count >= 4 else { return nil }
    var group = min((significant.count - 1) / 3, suffixes.count)
    let sign = negative ? "-" : ""
    let digits = Array(significant + fraction).map { Int($0.asciiValue ?? 48) - 48 }
    while group <= suffixes.count {
      // At least one digit before the point; zero only after a carry out of the group below.
      let head = significant.count - 3 * group
      var carried = false
      for decimals in stride(from: 2, through: 0, by: -1) {
        let kept = rounded(digits, keeping: head + decimals)
        // A carry (999.996K) adds a digit: the mantissa then belongs to the next suffix.
        let headDigits = kept.count - decimals
        if headDigits > 3, group < suffixes.count {
          carried = true
          break
        }
        guard headDigits >= 1 else { continue }
        let whole = kept.prefix(headDigits).map(String.init).joined()
        let part = kept.suffix(decimals).map(String.init).joined()
        let candidate = sign + whole + (decimals > 0 ? "." + part : "") + String(suffixes[group - 1])
        if candidate.count <= width { return candidate }
      }
      guard carried else { return nil }
      group += 1
    }
    return nil
  }

  /// The first `count` digits of `digits`, rounded half away from zero on the next digit; one
  /// longer when the rounding carries out of the first digit.
  private static func rounded(_ digits: [Int], keeping count: Int) -> [Int] {
    var kept = Array(digits.prefix(count))
    kept += Array(repeating: 0, count: max(0, count - kept.count))
    guard count < digits.count, digits[count] >= 5 else { return kept }
    var index = kept.count - 1
    while index >= 0 {
      if kept[index] == 9 {
        kept[index] = 0
        index -= 1
      } else {
        kept[index] += 1
        return kept
      }
    }
    return [1] + kept
  }
}

extension Character {
  /// `0` to `9` only (`isNumber` also takes other scripts' digits and fractions).
  fileprivate var isASCIIDigit: Bool { isASCII && isWholeNumber }
}
