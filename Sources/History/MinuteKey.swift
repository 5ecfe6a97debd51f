/// One account's minute: the key of a `minute` row.
struct MinuteKey: Hashable {
  /// The account's id in table `account`.
  var account: Int64
  /// The minute's start, epoch milliseconds.
  var minute: Int64
}
