/// A field the venue sent that should have been a number (or a level) and was not.
///
/// Such a field is neither "not applicable" nor replaced by another field: it is listed on the
/// account (status line, detail view, JSON) and makes the risk it feeds `unknown`.
public struct DecodingProblem: Sendable, Hashable {
  /// Where the field is: `mgnRatio` for an account field, `USDT.twap` for a currency's.
  public var field: String
  /// The value as sent (JSON text for non-strings), cut to `maximumTextLength` characters.
  public var text: String
  /// What is wrong with it, written by margintop.
  public var message: String

  /// Longest text kept: enough to recognise the value, never a whole hostile body.
  public static let maximumTextLength = 64

  public init(field: String, text: String, message: String) {
    self.field = field
    self.text = text.count > DecodingProblem.maximumTextLength
      ? String(text.prefix(DecodingProblem.maximumTextLength)) + "…" : text
    self.message = message
  }

  /// The problem as one line: `mgnRatio "abc": not a number`.
  public var summary: String { "\(field) \"\(text)\": \(message)" }
}
