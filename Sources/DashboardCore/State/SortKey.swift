/// The column currencies are sorted by; `s`/`S` cycle through them in this order. Risk comes
/// first and is the default, so the riskiest currency is on the first screen.
public enum SortKey: Int, Sendable, Hashable, CaseIterable {
  case risk, usdValue, equity, liabilities, name

  /// Short label for the footer.
  public var label: String {
    switch self {
    case .usdValue: return "USD value"
    case .equity: return "equity"
    case .liabilities: return "liabilities"
    case .risk: return "risk"
    case .name: return "name"
    }
  }

  /// Numbers sort largest first, names alphabetically; `r` flips either.
  var descendingByDefault: Bool { self != .name }

  /// The next key, wrapping (`forward` false goes back).
  func cycled(forward: Bool) -> SortKey {
    let all = SortKey.allCases
    let next = (rawValue + (forward ? 1 : all.count - 1)) % all.count
    return all[next]
  }
}
