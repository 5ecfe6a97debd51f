import ExchangeKit
import ExchangeModel

/// What `check` says about one account: pure text from the key information.
struct CheckReport {
  var account: AccountConfig
  var result: Result<KeyInfo, ExchangeError>

  /// The report lines for standard output; names, labels and messages through `TerminalText`.
  var text: String {
    TerminalText.escaped(unescapedText, keepingNewlines: true)
  }

  private var unescapedText: String {
    let title = "\(account.name) (\(account.venue.displayName) \(account.environment.rawValue), key \(account.credentials.maskedKey))"
    switch result {
    case .failure(let error):
      return "\(title): FAILED \(error.kind.rawValue): \(error.description)\n"
    case .success(let info):
      var rights = ["read"]
      if info.canTrade { rights.append("TRADE") }
      if info.canWithdraw { rights.append("WITHDRAW") }
      var lines = ["\(title): OK"]
      lines.append("  mode         \(info.mode.displayName)")
      lines.append("  permissions  \(rights.joined(separator: ", "))\(info.readOnly ? " (read-only key)" : "")")
      lines.append("  bound IPs    \(info.boundIPs.isEmpty ? "none" : info.boundIPs.joined(separator: ", "))")
      if let label = info.label, !label.isEmpty { lines.append("  label        \(label)") }
      if let user = info.userID, !user.isEmpty { lines.append("  user id      \(user)") }
      return lines.joined(separator: "\n") + "\n"
    }
  }

  /// Loud warnings for standard error: a key that can trade or withdraw.
  var warnings: [String] {
    guard case .success(let info) = result, info.canTrade || info.canWithdraw || !info.readOnly else { return [] }
    var can: [String] = []
    if info.canTrade { can.append("TRADE") }
    if info.canWithdraw { can.append("WITHDRAW") }
    let what = can.isEmpty ? "is not read-only" : "can \(can.joined(separator: " and "))"
    let fix =
      account.venue == .okx
      ? "create an OKX API key with only the Read permission"
      : "create a Bybit API key with \"Read-Only\" selected"
    return [
      """
      !!! WARNING: the API key of account "\(account.name)" \(what).
      !!! margintop only reads balances; a key that can move money is a risk if it ever leaks.
      !!! Replace it: \(fix), bound to your IP addresses.

      """
    ]
  }
}
