/// Deterministic value noise from a seed: the same (seed, channel, step) always gives the same value.
///
/// Each octave places hashed integers on a lattice of `period` steps and interpolates linearly
/// between them, so the value at any step is computed directly, in constant time, whatever
/// happened before (no state, no iteration from step 0).
struct SeededNoise: Sendable {
  /// One layer of the noise: a lattice spacing in steps and an amplitude in basis points.
  struct Octave: Sendable {
    var period: Int
    var amplitudeBP: Int
  }

  let seed: UInt64

  /// The sum of the octaves at `step`, in basis points times 10 000 (an exact integer).
  ///
  /// Dividing by 10⁸ gives the relative offset as a fraction.
  func value(channel: UInt64, step: Int, octaves: [Octave]) -> Int {
    var total = 0
    for (index, octave) in octaves.enumerated() {
      let period = max(1, octave.period)
      let lattice = step >= 0 ? step / period : (step - period + 1) / period
      let offset = step - lattice * period
      let salt = channel &* 0x9E37_79B9_7F4A_7C15 &+ UInt64(index) &* 0xD1B5_4A32_D192_ED03
      let left = SeededNoise.unit(seed, salt, lattice)
      let right = SeededNoise.unit(seed, salt, lattice + 1)
      let interpolated = (left * (period - offset) + right * offset) / period
      total += interpolated * octave.amplitudeBP
    }
    return total
  }

  /// A hashed integer in -10 000 ... 10 000.
  static func unit(_ seed: UInt64, _ salt: UInt64, _ lattice: Int) -> Int {
    let mixed = mix(seed ^ mix(salt &+ UInt64(bitPattern: Int64(lattice))))
    return Int(mixed % 20_001) - 10_000
  }

  /// SplitMix64's finaliser: a fast, well-distributed 64-bit hash.
  static func mix(_ x: UInt64) -> UInt64 {
    var z = x &+ 0x9E37_79B9_7F4A_7C15
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
