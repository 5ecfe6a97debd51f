import CNcursesw
import TerminalModel
import Glibc

extension TerminalScreen {
  /// Reads every key waiting on stdin (the window is in no-delay mode) and decodes it. When the
  /// source said "readable" but nothing came, checks whether the terminal hung up.
  public func readInput() -> InputBatch {
    var keys: [KeyPress] = []
    var reads = 0
    while true {
      var value: wint_t = 0
      let status = wget_wch(window, &value)
      if status == ERR { break }
      reads += 1
      let input: CursesInput = status == shim_KEY_CODE_YES() ? .keyCode(Int32(bitPattern: value)) : .character(value)
      if let key = KeyDecoder.decode(input) { keys.append(key) }
    }
    return InputBatch(keys: keys, inputLost: reads == 0 && Self.inputHungUp())
  }

  private static func inputHungUp() -> Bool {
    var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
    guard poll(&descriptor, 1, 0) >= 0 else { return errno != EINTR }
    return descriptor.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
  }
}
