import ExchangeModel
import Foundation
import Testing

@testable import ExchangeSimulator

/// The simulator's arithmetic (the model's `ExactDecimal` with its operators) prints what the
/// venues print and agrees with Foundation's `Decimal`.
@Suite struct SimulatorArithmeticTests {
  @Test func parsesAndPrintsPlainLiterals() throws {
    #expect(try #require(FixedPoint("1.84215637")).textAtScale == "1.84215637")
    #expect(try #require(FixedPoint("-0.00001")).textAtScale == "-0.00001")
    #expect(try #require(FixedPoint("+3000")).textAtScale == "3000")
    #expect(try #require(FixedPoint(".5")).textAtScale == "0.5")
    #expect(FixedPoint("0.40000")?.normalized.textAtScale == "0.4")
    #expect(FixedPoint("0.000")?.normalized.textAtScale == "0")
    for bad in ["", "-", "1.2.3", " 1", "abc", "1,5"] {
      #expect(FixedPoint(bad) == nil, "\(bad)")
    }
  }

  @Test func equalValuesAreEqualWhateverTheirScale() throws {
    let a = try #require(FixedPoint("1.50"))
    let b = try #require(FixedPoint("1.5"))
    #expect(a == b)
    #expect(a.hashValue == b.hashValue)
    #expect(Set([a, b]).count == 1)
    #expect(try #require(FixedPoint("-0.1")) < 0)
    #expect(try #require(FixedPoint("2.01")) > 2)
  }

  @Test func roundsHalfAwayFromZero() throws {
    #expect(try #require(FixedPoint("1.23456789")).rounded(scale: 4).textAtScale == "1.2346")
    #expect(try #require(FixedPoint("2.5")).rounded(scale: 0).textAtScale == "3")
    #expect(try #require(FixedPoint("-2.5")).rounded(scale: 0).textAtScale == "-3")
    #expect(try #require(FixedPoint("-2.49")).rounded(scale: 0).textAtScale == "-2")
    #expect(try #require(FixedPoint("-0.00001")).rounded(scale: 2).textAtScale == "0.00")
    #expect(try #require(FixedPoint("1.5")).rescaled(to: 3).textAtScale == "1.500")
  }

  @Test func dividesToTheScaleAsked() throws {
    #expect(FixedPoint(1).quotient(dividingBy: 3, scale: 5).textAtScale == "0.33333")
    #expect(FixedPoint(2).quotient(dividingBy: 3, scale: 5).textAtScale == "0.66667")
    #expect(FixedPoint(-2).quotient(dividingBy: 3, scale: 5).textAtScale == "-0.66667")
    #expect(FixedPoint(2).quotient(dividingBy: -3, scale: 2).textAtScale == "-0.67")
    #expect(try #require(FixedPoint("123.456")).quotient(dividingBy: try #require(FixedPoint("0.001")), scale: 0).textAtScale == "123456")
    #expect(FixedPoint(1).divided(by: 0) == 0)
    // A divisor with 20 decimals over a whole number: 40 decimal shifts, more than 10^38 holds.
    #expect(FixedPoint(1).divided(by: try #require(FixedPoint("0.50000000000000000000"))).normalized.textAtScale == "2")
    #expect(
      FixedPoint(7).divided(by: try #require(FixedPoint("1.23456789012345678901"))).rounded(scale: 12).textAtScale
        == "5.670000051030")
  }

  @Test func productsBeyondTheMaximumScaleAreRoundedNotOverflowed() throws {
    let tiny = try #require(FixedPoint("0.00000000000000000001"))
    #expect((tiny * tiny).isZero)
    // Operands whose exact product (27 decimals) needs more than 128 bits.
    let product = try #require(FixedPoint("98765432.12345678901234")) * #require(FixedPoint("12345.6789012345678"))
    #expect(product.scale == FixedPoint.simulatorScale)
    #expect(product.textAtScale == "1219326311537.87529742410315403203")
    #expect((FixedPoint.zero - product).rounded(scale: 4).textAtScale == "-1219326311537.8753")
  }

  /// Random operands in the simulator's range: every result matches Decimal's once rounded to
  /// the precision the simulator prints.
  @Test func agreesWithFoundationDecimal() throws {
    var generator = SplitMix(seed: 20_261_121)
    for _ in 0..<2_000 {
      let a = generator.literal(), b = generator.literal()
      let (x, y) = (try #require(FixedPoint(a)), try #require(FixedPoint(b)))
      let (dx, dy) = (try #require(Decimal(string: a)), try #require(Decimal(string: b)))
      #expect((x + y).textAtScale == SimulatorArithmeticTests.text(dx + dy, scale: (x + y).scale), "\(a) + \(b)")
      #expect((x - y).textAtScale == SimulatorArithmeticTests.text(dx - dy, scale: (x - y).scale), "\(a) - \(b)")
      #expect((x * y).rescaled(to: 8).textAtScale == SimulatorArithmeticTests.text(dx * dy, scale: 8), "\(a) × \(b)")
      #expect((x < y) == (dx < dy))
      if !y.isZero {
        #expect(x.quotient(dividingBy: y, scale: 8).textAtScale == SimulatorArithmeticTests.text(dx / dy, scale: 8), "\(a) / \(b)")
      }
    }
  }

  /// `value` rounded half away from zero to exactly `scale` decimals, through Foundation.
  static func text(_ value: Decimal, scale: Int) -> String {
    var input = value
    var rounded = Decimal()
    NSDecimalRound(&rounded, &input, scale, .plain)
    let formatted = rounded.isZero ? "0" : "\(rounded)"
    let fraction = formatted.split(separator: ".", omittingEmptySubsequences: false).dropFirst().first?.count ?? 0
    guard scale > 0 else { return formatted }
    return formatted + (fraction == 0 ? "." : "") + String(repeating: "0", count: scale - fraction)
  }

  /// Deterministic decimal literals like the simulator's: up to 10 integer digits, up to 8 decimals.
  struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      return SeededNoise.mix(state)
    }
    mutating func literal() -> String {
      let integer = (next() % 10_000_000_000) >> (next() % 34)
      let decimals = Int(next() % 9)
      let fraction = decimals == 0 ? "" : "." + String(String(next()).suffix(decimals))
      return (next() % 3 == 0 ? "-" : "") + String(integer) + fraction
    }
  }
}
