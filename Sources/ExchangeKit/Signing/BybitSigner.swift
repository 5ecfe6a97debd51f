import Crypto
import ExchangeModel
import Foundation
import HTTPTypes

/// Signs Bybit v5 REST GET requests: lower-case hex HMAC-SHA256(secret, timestamp + apiKey + recvWindow + query).
///
/// Pure: the caller supplies the timestamp, so the signature is testable without a clock.
public struct BybitSigner: Sendable {
  private let credentials: Credentials
  /// `X-BAPI-RECV-WINDOW` in milliseconds.
  public let recvWindow: Int

  /// A signer for one key with Bybit's default 5000 ms receive window.
  public init(credentials: Credentials, recvWindow: Int = 5000) {
    self.credentials = credentials
    self.recvWindow = recvWindow
  }

  /// The Bybit prehash string for a GET; `queryString` is exactly what is sent, without `?`.
  public static func prehash(timestamp: String, apiKey: String, recvWindow: Int, queryString: String) -> String {
    timestamp + apiKey + String(recvWindow) + queryString
  }

  /// Lower-case hex HMAC-SHA256 of `prehash` under `secret`.
  public static func signature(secret: Secret, prehash: String) -> String {
    let key = SymmetricKey(data: Data(secret.reveal().utf8))
    let mac = HMAC<SHA256>.authenticationCode(for: Data(prehash.utf8), using: key)
    let digits = Array("0123456789abcdef".unicodeScalars)
    var out = ""
    out.unicodeScalars.reserveCapacity(64)
    for byte in mac {
      out.unicodeScalars.append(digits[Int(byte >> 4)])
      out.unicodeScalars.append(digits[Int(byte & 0x0F)])
    }
    return out
  }

  /// The `X-BAPI-TIMESTAMP` form: epoch milliseconds.
  public static func timestamp(_ date: Date) -> String {
    String(Int64((date.timeIntervalSince1970 * 1000).rounded(.down)))
  }

  /// The authentication headers for one GET request.
  public func headers(timestamp: String, queryString: String) -> HTTPFields {
    let prehash = BybitSigner.prehash(
      timestamp: timestamp, apiKey: credentials.apiKey, recvWindow: recvWindow, queryString: queryString)
    return [
      .bybitAPIKey: credentials.apiKey,
      .bybitTimestamp: timestamp,
      .bybitRecvWindow: String(recvWindow),
      .bybitSign: BybitSigner.signature(secret: credentials.secret, prehash: prehash),
    ]
  }
}
