import ExchangeModel
import Foundation

/// Reads typed values from one JSON object of a venue's answer and lists what could not be read.
///
/// `""`, `null` and an absent field are "not applicable" (`nil`, no problem). Anything else that
/// should be a number and is not, or does not fit the decimal type, is a `DecodingProblem`: the
/// value is `nil` and the problem names it, so it is never mistaken for "not applicable".
struct FieldReader {
  let fields: RawFields
  /// Prepended to field names in problems: `""` for the account, `"USDT."` for a currency.
  let prefix: String
  /// What could not be read, in the order it was read.
  private(set) var problems: [DecodingProblem] = []

  init(_ fields: RawFields, prefix: String = "") {
    self.fields = fields
    self.prefix = prefix
  }

  /// Whether the field carries a value (anything but absent, `null` or `""`).
  func isPresent(_ name: String) -> Bool {
    switch fields[name] {
    case nil, .null?: return false
    case .string(let s)?: return !s.isEmpty
    default: return true
    }
  }

  /// The exact amount of a field sent as a string or a number.
  mutating func amount(_ name: String) -> Amount? {
    guard isPresent(name), let field = fields[name] else { return nil }
    switch field {
    case .string(let text), .number(let text):
      if let amount = Amount(text) { return amount }
      record(name, text, Amount.isDecimalLiteral(text) ? "outside the decimal range" : "not a number")
    default:
      record(name, field.jsonText, "not a number")
    }
    return nil
  }

  /// An integer level in `range`, in any exact form (`"4"`, `"4.0"`, `4`); anything else is a
  /// problem, never "not applicable".
  mutating func level(_ name: String, in range: ClosedRange<Int>) -> Int? {
    guard isPresent(name), let field = fields[name] else { return nil }
    let text: String
    switch field {
    case .string(let s), .number(let s): text = s
    default:
      record(name, field.jsonText, "not a level")
      return nil
    }
    guard let amount = Amount(text) else {
      record(name, text, "not a level")
      return nil
    }
    let bounds = ExactDecimal(range.lowerBound)...ExactDecimal(range.upperBound)
    guard bounds.contains(amount.value) else {
      record(name, text, "outside \(range.lowerBound)–\(range.upperBound)")
      return nil
    }
    guard let whole = amount.value.integer(), ExactDecimal(whole) == amount.value else {
      record(name, text, "not a whole level")
      return nil
    }
    return whole
  }

  /// A boolean sent as a JSON boolean, a string (`"true"`) or a number (`1`); `nil` otherwise.
  func boolean(_ name: String) -> Bool? {
    fields[name]?.boolean
  }

  /// Records a problem with the field `name`.
  mutating func record(_ name: String, _ text: String, _ message: String) {
    problems.append(DecodingProblem(field: prefix + name, text: text, message: message))
  }
}
