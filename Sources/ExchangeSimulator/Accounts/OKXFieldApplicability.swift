/// Which OKX balance fields apply in which account level (acctLv 1–4), after the balance
/// document's table; an inapplicable field is sent as `""`.
///
/// Fields the table does not list are always sent as computed.
enum OKXFieldApplicability {
  /// Account-level fields and the levels they apply to.
  static let account: [String: Set<Int>] = [
    "isoEq": [2, 3, 4],
    "adjEq": [1, 3, 4], "imr": [1, 3, 4], "mmr": [1, 3, 4], "mgnRatio": [1, 3, 4], "ordFroz": [1, 3, 4],
    "borrowFroz": [1, 3, 4], "notionalUsd": [1, 3, 4], "notionalUsdForBorrow": [1, 3, 4],
    "notionalUsdForOption": [1, 3, 4],
    "availEq": [3, 4], "upl": [3, 4], "notionalUsdForSwap": [3, 4], "notionalUsdForFutures": [3, 4],
  ]

  /// Per-currency (`details[]`) fields and the levels they apply to.
  static let detail: [String: Set<Int>] = [
    "isoEq": [2, 3, 4], "availEq": [2, 3, 4], "upl": [2, 3, 4], "isoUpl": [2, 3, 4],
    "uplLiab": [3, 4], "isoLiab": [3, 4],
    "disEq": [1, 3, 4], "liab": [1, 3, 4], "crossLiab": [1, 3, 4], "interest": [1, 3, 4], "twap": [1, 3, 4],
    "maxLoan": [1, 3, 4], "borrowFroz": [1, 3, 4], "frpType": [1, 3, 4],
    "mgnRatio": [2], "imr": [2], "mmr": [2], "notionalLever": [2],
    "spotInUseAmt": [4], "clSpotInUseAmt": [4], "maxSpotInUse": [4],
    "spotIsoBal": [1, 2],
    "collateralEnabled": [3],
  ]

  /// True when the account-level `field` carries a value at `level`.
  static func appliesToAccount(_ field: String, level: Int) -> Bool {
    account[field].map { $0.contains(level) } ?? true
  }

  /// True when the per-currency `field` carries a value at `level`.
  static func appliesToDetail(_ field: String, level: Int) -> Bool {
    detail[field].map { $0.contains(level) } ?? true
  }
}
