/// Rolling-window request limits, per bucket (a user id and an endpoint), on the simulator's clock.
struct RateLimiter: Sendable {
  /// The answer for one request.
  struct Decision: Sendable {
    var admitted: Bool
    var limit: Int
    /// Requests left in the window after this one.
    var remaining: Int
    /// Epoch milliseconds when a request will be admitted again (now, unless the limit is reached).
    var resetMillis: Int64
  }

  private var history: [String: [Int64]] = [:]

  /// Counts a request at `now` against `limit` per `windowMillis`; refused requests do not count.
  mutating func admit(_ bucket: String, limit: Int, windowMillis: Int64, now: Int64) -> Decision {
    var times = history[bucket, default: []].filter { $0 > now - windowMillis && $0 <= now }
    defer { history[bucket] = times }
    guard times.count < limit else {
      let reset = (times.first ?? now) + windowMillis
      return Decision(admitted: false, limit: limit, remaining: 0, resetMillis: reset)
    }
    times.append(now)
    return Decision(admitted: true, limit: limit, remaining: limit - times.count, resetMillis: now)
  }
}
