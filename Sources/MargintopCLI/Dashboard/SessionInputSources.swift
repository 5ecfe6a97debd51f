import Dispatch
import Glibc

/// The Dispatch sources that feed a session from outside: the signals it handles and standard
/// input. Kept apart from `DashboardSession`, whose tests call its handlers directly.
@MainActor
final class SessionInputSources {
  private var sources: [any DispatchSourceProtocol] = []

  /// Starts delivering SIGINT, SIGTERM, SIGHUP, SIGWINCH and readable input to `session`.
  init(session: DashboardSession) {
    for signalNumber in DashboardSignals.handled {
      let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .main)
      source.setEventHandler { [weak session] in MainActor.assumeIsolated { session?.handleSignal(signalNumber) } }
      source.resume()
      sources.append(source)
    }
    let input = DispatchSource.makeReadSource(fileDescriptor: STDIN_FILENO, queue: .main)
    input.setEventHandler { [weak session] in MainActor.assumeIsolated { session?.readInput() } }
    input.resume()
    sources.append(input)
  }

  /// Stops every source (after the session has ended).
  func cancel() {
    sources.forEach { $0.cancel() }
    sources = []
  }
}
