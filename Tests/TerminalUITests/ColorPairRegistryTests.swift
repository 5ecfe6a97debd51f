import Testing

@testable import TerminalUI

@Suite struct ColorPairRegistryTests {
  @Test func theDefaultCombinationIsPairZeroAndNeverAllocated() {
    var registry = ColorPairRegistry(capacity: 64)
    #expect(registry.pair(foreground: -1, background: -1) == .existing(0))
    #expect(registry.count == 0)
  }

  @Test func aCombinationIsAllocatedOnceThenReused() {
    var registry = ColorPairRegistry(capacity: 64)
    #expect(registry.pair(foreground: 2, background: -1) == .new(1))
    #expect(registry.pair(foreground: 1, background: -1) == .new(2))
    #expect(registry.pair(foreground: 2, background: -1) == .existing(1))
    #expect(registry.count == 2)
  }

  @Test func itStopsAtTheTerminalsPairCount() {
    var registry = ColorPairRegistry(capacity: 3)
    #expect(registry.pair(foreground: 1, background: -1) == .new(1))
    #expect(registry.pair(foreground: 2, background: -1) == .new(2))
    #expect(registry.pair(foreground: 3, background: -1) == .exhausted)
    #expect(registry.pair(foreground: 1, background: -1) == .existing(1))
  }

  @Test func monochromeHasNoPairs() {
    var registry = ColorPairRegistry(capacity: 0)
    #expect(registry.pair(foreground: 1, background: 0) == .exhausted)
  }
}
