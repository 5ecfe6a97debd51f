/// A request the venue refused while checking its credentials, with the answer to send.
struct AuthRejection: Error {
  var response: SimulatedResponse
}
