/// A rectangle of cells on the screen.
struct Rect: Sendable, Hashable {
  var x: Int
  var y: Int
  var width: Int
  var height: Int
}
