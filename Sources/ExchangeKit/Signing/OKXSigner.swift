import Crypto
import ExchangeModel
import Foundation

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
    let milliseconds = Int64((date.timeIntervalSince1970 * 1000).rounded())
    let (days, millisecondOfDay) = milliseconds.quotientAndRemainder(dividingBy: 86_400_000)
    let (year, month, day) = civilDate(daysSinceEpoch: millisecondOfDay < 0 ? days - 1 : days)
    let ms = millisecondOfDay < 0 ? millisecondOfDay + 86_400_000 : millisecondOfDay
    func pad(_ value: Int64, _ width: Int) -> String {
      let digits = String(value)
      return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
    return pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2) + "T" + pad(ms / 3_600_000, 2) + ":"
      + pad(ms / 60_000 % 60, 2) + ":" + pad(ms / 1000 % 60, 2) + "." + pad(ms % 1000, 3) + "Z"
  }

  /// Proleptic Gregorian date of a day count since 1970-01-01 (H. Hinnant's `civil_from_days`).
  private static func civilDate(daysSinceEpoch: Int64) -> (Int64, Int64, Int64) {
    let z = daysSinceEpoch + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let mp = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }

  /// The authentication headers for one request.
  public func headers(timestamp: String, method: String, requestPath: String, body: String = "") -> [(String, String)] {
    let prehash = OKXSigner.prehash(timestamp: timestamp, method: method, requestPath: requestPath, body: body)
    return [
      ("OK-ACCESS-KEY", credentials.apiKey),
      ("OK-ACCESS-SIGN", OKXSigner.signature(secret: credentials.secret, prehash: prehash)),
      ("OK-ACCESS-TIMESTAMP", timestamp),
      ("OK-ACCESS-PASSPHRASE", credentials.passphrase?.reveal() ?? ""),
    ]
  }
}
