import HTTPTypes

/// The venues' own header fields, spelt as their documentation does.
extension HTTPField.Name {
  public static let okxAccessKey = venue("OK-ACCESS-KEY")
  public static let okxAccessSign = venue("OK-ACCESS-SIGN")
  public static let okxAccessTimestamp = venue("OK-ACCESS-TIMESTAMP")
  public static let okxAccessPassphrase = venue("OK-ACCESS-PASSPHRASE")
  /// Sent with every request of a demo-trading key.
  public static let okxSimulatedTrading = venue("x-simulated-trading")

  public static let bybitAPIKey = venue("X-BAPI-API-KEY")
  public static let bybitTimestamp = venue("X-BAPI-TIMESTAMP")
  public static let bybitRecvWindow = venue("X-BAPI-RECV-WINDOW")
  public static let bybitSign = venue("X-BAPI-SIGN")
  /// Requests left in the endpoint's current window.
  public static let bybitLimitStatus = venue("X-Bapi-Limit-Status")
  /// When the endpoint's window resets, in epoch milliseconds.
  public static let bybitLimitResetTimestamp = venue("X-Bapi-Limit-Reset-Timestamp")

  /// A name from the literals above. swift-http-types only makes names from strings through a
  /// failable initializer; these are valid tokens, and every request the tests sign uses them, so
  /// the trap can only be a typo in this file, never anything a venue sent.
  private static func venue(_ name: String) -> HTTPField.Name {
    guard let valid = HTTPField.Name(name) else { preconditionFailure("not a header field name: \(name)") }
    return valid
  }
}
