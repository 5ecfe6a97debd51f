import MargintopCLI
import NIOCore
import NIOPosix

// Async work (each refresh's request and its decoding, the demo simulator's handlers) runs on
// NIO's event-loop threads instead of Swift's global pool: the HTTP I/O happens there anyway, and
// each refresh then skips a thread switch per await. Nothing here blocks a thread in async code.
// The screen stays on the main queue. Must run first, on the main thread.
NIOSingletons.unsafeTryInstallSingletonPosixEventLoopGroupAsConcurrencyGlobalExecutor()
await MargintopCommand.runAsMain()
