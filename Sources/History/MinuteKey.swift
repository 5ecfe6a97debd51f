/// One account's minute: the key of a `minute` row.
struct MinuteKey: Hashable {
  var account: String
  /// The minute's start, epoch milliseconds.
  var minute: Int64
}
