/// Something that goes wrong with one account for a while, by script: what the demo needs so
/// that every kind of alert (stale, refused key, unreadable field, unknown risk) shows up.
enum Incident: Sendable, Hashable {
  /// The venue answers with its system error and HTTP 503 (OKX 50001, Bybit 10016).
  case outage
  /// The venue refuses the key (OKX 50111, Bybit 10003), as when it was revoked.
  case keyRefused
  /// The balance arrives with these fields changed.
  case fields(PayloadOverride)
}
