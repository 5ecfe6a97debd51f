import ExchangeModel
import Testing

/// The one conversion of `Duration` into seconds, milliseconds and nanoseconds.
@Suite struct DurationUnitsTests {
  @Test func convertsTowardZero() {
    #expect(Duration.milliseconds(1500).timeInterval == 1.5)
    #expect(Duration.microseconds(2_999).wholeMilliseconds == 2)
    #expect(Duration.microseconds(-2_999).wholeMilliseconds == -2)
    #expect(Duration.seconds(3).wholeNanoseconds == 3_000_000_000)
    #expect(Duration.nanoseconds(-7).wholeNanoseconds == -7)
  }

  @Test("a duration past Int64's units is held at its ends, never a trap")
  func clampsInsteadOfTrapping() {
    let long = Duration.seconds(Int64.max / 1000 + 1)
    #expect(long.wholeMilliseconds == .max)
    #expect((.zero - long).wholeMilliseconds == .min)
    #expect(Duration.seconds(Int64.max / 1_000_000_000 + 1).wholeNanoseconds == .max)
  }
}
