import ExchangeModel

/// The faults waiting to happen, each for a venue (or both) and a number of requests.
struct FaultBook: Sendable {
  private struct Entry: Sendable {
    var fault: SimulatedFault
    var venue: Venue?
    /// Requests left to affect; `nil` until cleared.
    var remaining: Int?
  }

  private var entries: [Entry] = []

  /// Adds a fault for the next `count` matching requests (`count` ≤ 0: until cleared).
  mutating func add(_ fault: SimulatedFault, venue: Venue?, count: Int) {
    let persistent: Bool
    if case .clockSkew = fault { persistent = true } else { persistent = count <= 0 }
    entries.removeAll { entry in
      if case .clockSkew = entry.fault, case .clockSkew = fault { return entry.venue == venue }
      return false
    }
    entries.append(Entry(fault: fault, venue: venue, remaining: persistent ? nil : count))
  }

  mutating func clear() { entries.removeAll() }

  /// Takes one use of the first fault for `venue` that `matches` accepts.
  mutating func take(for venue: Venue, where matches: (SimulatedFault) -> Bool) -> SimulatedFault? {
    guard let index = entries.firstIndex(where: { ($0.venue == nil || $0.venue == venue) && matches($0.fault) })
    else { return nil }
    let fault = entries[index].fault
    if let remaining = entries[index].remaining {
      if remaining <= 1 { entries.remove(at: index) } else { entries[index].remaining = remaining - 1 }
    }
    return fault
  }

  /// The clock skew in force for `venue`, in milliseconds.
  func skewMillis(for venue: Venue) -> Int64 {
    for entry in entries where entry.venue == nil || entry.venue == venue {
      if case .clockSkew(let skew) = entry.fault {
        return skew.wholeMilliseconds
      }
    }
    return 0
  }
}
