extension Array where Element: Sendable {
  /// `map` with every element transformed concurrently; results keep the elements' order.
  func concurrentMap<T: Sendable>(_ transform: @escaping @Sendable (Element) async -> T) async -> [T] {
    await withTaskGroup(of: (Int, T).self) { group in
      for (index, element) in enumerated() {
        group.addTask { (index, await transform(element)) }
      }
      var results: [(Int, T)] = []
      for await result in group { results.append(result) }
      return results.sorted { $0.0 < $1.0 }.map(\.1)
    }
  }
}
