/// The demo's incidents, after the risk episode has calmed down (seconds 60–108 of each
/// 300-step cycle), so the first two minutes of `--demo` raise every kind of alert:
///
/// | steps | account | what happens | alert |
/// | --- | --- | --- | --- |
/// | 60–94 | `bybit-unified` | HTTP 503, `retCode` 10016 | stale |
/// | 62–77 | `okx-mcm` | account `mgnRatio` `""` although it has liabilities; TON's `colRes` 0 | unknown |
/// | 80–94 | `okx-mcm` | BTC `cashBal` `"12,345.6"` (not a number) | decoding |
/// | 100–107 | `okx-mcm` | the key is refused, OKX 50111 | failing |
///
/// A pure function of the step, like the episode. Only a simulator started with
/// `SimulatorConfiguration.incidents` plays it (`--demo` does).
enum IncidentScript {
  /// The demo's OKX multi-currency margin account.
  static let okxAccount = "sim-okx-mcm-0003"
  /// The demo's Bybit UNIFIED regular-margin account.
  static let bybitAccount = "SIMBYBITUNIFIED0005"

  /// What happens to the account holding `apiKey` at `step`, if anything.
  static func incident(step: Int, apiKey: String) -> Incident? {
    let phase = RiskEpisode(step: step).phase
    switch apiKey {
    case bybitAccount:
      return (60..<95).contains(phase) ? .outage : nil
    case okxAccount:
      switch phase {
      // TON's colRes 1 (warn) would outrank UNKNOWN: the platform lifts it for these seconds.
      case 62..<78:
        return .fields(PayloadOverride(venue: .okx, apiKey: apiKey, account: ["mgnRatio": ""], currency: "TON", fields: ["colRes": "0"]))
      case 80..<95: return .fields(PayloadOverride(venue: .okx, apiKey: apiKey, currency: "BTC", fields: ["cashBal": "12,345.6"]))
      case 100..<108: return .keyRefused
      default: return nil
      }
    default:
      return nil
    }
  }
}
