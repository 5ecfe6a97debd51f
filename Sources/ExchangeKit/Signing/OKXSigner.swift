import Crypto
import ExchangeModel
import Foundation
import HTTPTypes

/// Signs OKX v5 REST requests: Base64(HMAC-SHA256(secret, timestamp + METHOD + requestPath + body)).
///
/// Pure: the caller supplies the timestamp, so the signature is testable without a clock.
public struct OKXSigner: Sendable {
  private let credentials: Credentials

  /// A signer for one key; the passphrase is sent as-is in `OK-ACCESS-PASSPHRASE`.
  public init(credentials: Credentials) {
    self.credentials = credentials
  }

  /// The OKX prehash string; `requestPath` includes `?query` for GET requests.
  public static func prehash(timestamp: String, method: String, requestPath: String, body: String = "") -> String {
    timestamp + method.uppercased() + requestPath + body
  }

  /// Base64 HMAC-SHA256 of `prehash` under `secret` (used as UTF-8 bytes, not Base64-decoded).
  public static func signature(secret: Secret, prehash: String) -> String {
    let key = SymmetricKey(data: Data(secret.reveal().utf8))
    let mac = HMAC<SHA256>.authenticationCode(for: Data(prehash.utf8), using: key)
    return Data(mac).base64EncodedString()
  }

  /// The `OK-ACCESS-TIMESTAMP` form: UTC ISO-8601 with milliseconds and `Z` (`2020-12-08T09:08:57.715Z`).
  public static func timestamp(_ date: Date) -> String {
    Timestamp.text(date)
  }

  /// The authentication headers for one request.
  public func headers(timestamp: String, method: String, requestPath: String, body: String = "") -> HTTPFields {
    let prehash = OKXSigner.prehash(timestamp: timestamp, method: method, requestPath: requestPath, body: body)
    return [
      .okxAccessKey: credentials.apiKey,
      .okxAccessSign: OKXSigner.signature(secret: credentials.secret, prehash: prehash),
      .okxAccessTimestamp: timestamp,
      .okxAccessPassphrase: credentials.passphrase?.reveal() ?? "",
    ]
  }
}
